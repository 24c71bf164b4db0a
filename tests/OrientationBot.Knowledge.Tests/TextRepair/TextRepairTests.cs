using OrientationBot.Knowledge.Guide;
using OrientationBot.Knowledge.TextRepair;

namespace OrientationBot.Knowledge.Tests.TextRepair;

public sealed class TextRepairTests
{
    public static TheoryData<string, string> Phrases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(KnowledgeFixture.TestData("repair-phrases.tsv")).Skip(1))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    private static readonly string[] Sources = Directory.GetFiles(KnowledgeFixture.Folder, "*.txt", SearchOption.AllDirectories)
        .Select(File.ReadAllText).ToArray();

    private static readonly string[] Repaired = Sources.Select(TextRepairChain.Repair).ToArray();

    /// <summary>
    /// Phrases are checked in their document: some repairs weigh evidence from the rest of it
    /// ("-" is "M" in "O-!ȭÓ" because the guide writes "OMA" elsewhere).
    /// </summary>
    [Theory]
    [MemberData(nameof(Phrases))]
    public void Repair_GarbledPhraseOfTheSources_BecomesCleanText(string garbled, string clean)
    {
        var source = Array.FindIndex(Sources, s => s.Contains(garbled, StringComparison.Ordinal));

        Assert.True(source >= 0, $"'{garbled}' is not in knowledge/");
        Assert.Contains(clean, Repaired[source]);
    }

    [Fact]
    public void Repair_PhraseTable_HasAtLeastTwentyPhrases()
    {
        Assert.True(Phrases().Count >= 20);
    }

    [Fact]
    public void Repair_WholeGuide_LeavesNoGarbledCharacter()
    {
        var repaired = TextRepairChain.Repair(File.ReadAllText(Path.Combine(KnowledgeFixture.Folder, KnowledgeFiles.GuideFile)));

        var survivors = repaired.Select((c, i) => (c, i)).Where(x => GarbledAlphabet.IsGarbled(x.c)).ToList();

        Assert.True(survivors.Count == 0, "Garbled characters survive: " + string.Join(", ",
            survivors.Take(5).Select(s => $"U+{(int)s.c:X4} near \"{repaired.Substring(Math.Max(0, s.i - 20), 40)}\"")));
    }

    [Fact]
    public void Repair_WholeGuide_KeepsLegitimateAccents()
    {
        var repaired = TextRepairChain.Repair(File.ReadAllText(Path.Combine(KnowledgeFixture.Folder, KnowledgeFiles.GuideFile)));

        Assert.Contains("António Guterres", repaired);
    }

    [Fact]
    public void Repair_WebPages_LeaveNoGarbledCharacter()
    {
        foreach (var page in Directory.GetFiles(Path.Combine(KnowledgeFixture.Folder, KnowledgeFiles.WebFolder)))
        {
            var repaired = TextRepairChain.Repair(File.ReadAllText(page));

            Assert.True(GarbledAlphabet.IsClean(repaired), Path.GetFileName(page));
        }
    }

    [Fact]
    public void Repair_StrayAccentedCapitalInPlainText_IsLeftAlone()
    {
        var repaired = TextRepairChain.Repair("missions in CÔTE D'IVOIRE today");

        Assert.Equal("missions in CÔTE D'IVOIRE today", repaired);
    }
}
