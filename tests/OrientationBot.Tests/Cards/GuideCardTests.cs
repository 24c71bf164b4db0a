using OrientationBot.Cards;
using OrientationBot.Knowledge.Answers;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

public sealed class GuideCardTests
{
    [Fact]
    public void Build_ForEntry_ShowsTitleTextAndEmailsAsText()
    {
        var answer = new GuideAnswer("directory entry", QuestionIntent.Contact, DirectoryEntry, 0.8);

        var card = GuideCard.Build(answer, Tree);

        var texts = CardQuery.Texts(card.Content);
        Assert.Equal("Updating your directory entry", texts[0]);
        Assert.Contains(DirectoryEntry.Text, texts);
        Assert.Contains("Email: dppa-dpo-admin@un.org", texts);
        Assert.Contains("Email: telephone-changes@un.org", texts);
    }

    [Fact]
    public void Build_ForEntry_OffersLinksAndMailtosFromTheEntryOnly()
    {
        var answer = new GuideAnswer("directory entry", QuestionIntent.Contact, DirectoryEntry, 0.8);

        var card = GuideCard.Build(answer, Tree);

        Assert.Equal(
            [
                "https://iseek.un.org/system/files/dppadpo_staffd_list_organizational.pdf",
                "mailto:dppa-dpo-admin@un.org",
                "mailto:telephone-changes@un.org",
            ],
            CardQuery.Urls(card));
        Assert.Contains(CardQuery.OfType(card, "Action.OpenUrl"), a => (string?)a["title"] == "DPPA-DPO staff list");
    }

    [Fact]
    public void Build_EmailAUnitOwns_NamesTheUnitAndOffersToOpenIt()
    {
        var answer = new GuideAnswer("directory entry", QuestionIntent.Contact, DirectoryEntry, 0.8) { EmailOwners = [ExecutiveOffice] };

        var card = GuideCard.Build(answer, Tree);

        Assert.Contains($"Email: dppa-dpo-admin@un.org ({ExecutiveOffice.Name})", CardQuery.Texts(card.Content));
        Assert.Contains("Email: telephone-changes@un.org", CardQuery.Texts(card.Content));
        var open = Assert.Single(CardQuery.Submits(card, CardActions.Verbs.OpenUnit));
        Assert.Equal(ExecutiveOffice.Id, (string?)open["unitId"]);
        Assert.Contains($"Email: dppa-dpo-admin@un.org ({ExecutiveOffice.Name})", card.FallbackText);
    }
}
