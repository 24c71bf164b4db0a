using OrientationBot.Cards;
using OrientationBot.Knowledge.Answers;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

public sealed class AnswerCardsTests
{
    public static TheoryData<Answer, string> Answers => new()
    {
        { Answer(PoliceDivision), "Police Division (PD)" },
        { new GlossaryAnswer("sea", SeaAcronym, null), "SEA" },
        { new StructureAnswer("in orolsi", QuestionIntent.Children, Orolsi, Tree.Children(Orolsi)), "Office of Rule of Law and Security Institutions (OROLSI)" },
        { new GuideAnswer("directory", QuestionIntent.Contact, DirectoryEntry, 0.8), "Updating your directory entry" },
        { new NoAnswer("lunch", [], FeedbackEmail), "The e-Guide doesn't cover that" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void For_EachKindOfAnswer_BuildsItsCard(Answer answer, string firstHeading)
    {
        var card = AnswerCards.For(answer, Tree);

        var headings = CardQuery.OfType(card, "TextBlock").Where(t => (string?)t["size"] == "Large").Select(t => (string?)t["text"]);

        Assert.Equal(firstHeading, headings.First());
    }
}
