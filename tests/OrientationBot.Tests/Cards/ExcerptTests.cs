using OrientationBot.Cards;

namespace OrientationBot.Tests.Cards;

public sealed class ExcerptTests
{
    [Fact]
    public void Shorten_ShortText_ReturnsItUnchanged()
    {
        var text = Excerpt.Shorten("  Police Division  ", 40);

        Assert.Equal("Police Division", text);
    }

    [Fact]
    public void Shorten_LongText_CutsAtSentenceEnd()
    {
        var text = Excerpt.Shorten("First sentence is here. Second sentence runs on and on and on.", 40);

        Assert.Equal("First sentence is here. …", text);
    }

    [Fact]
    public void Shorten_LongName_CutsAtWord()
    {
        var text = Excerpt.Shorten("Office of the Assistant Secretary-General for Europe, Central Asia, and the Americas", 40);

        Assert.Equal("Office of the Assistant…", text);
        Assert.InRange(text.Length, 1, 40);
    }

    [Fact]
    public void Paragraphs_SeparatedByBlankLines_JoinsWrappedLines()
    {
        var paragraphs = Excerpt.Paragraphs("One\nstill one.\n\n\nTwo.");

        Assert.Equal(["One still one.", "Two."], paragraphs);
    }

    [Fact]
    public void Paragraphs_OverBudget_KeepsWholeParagraphsAndSaysSo()
    {
        var text = string.Join("\n\n", Enumerable.Repeat(new string('a', 100) + ".", 5));

        var paragraphs = Excerpt.Paragraphs(text, 250, out var trimmed);

        Assert.True(trimmed);
        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void Paragraphs_WithinBudget_KeepsAllAndSaysNothingCut()
    {
        var paragraphs = Excerpt.Paragraphs("One.\n\nTwo.", 100, out var trimmed);

        Assert.False(trimmed);
        Assert.Equal(["One.", "Two."], paragraphs);
    }
}
