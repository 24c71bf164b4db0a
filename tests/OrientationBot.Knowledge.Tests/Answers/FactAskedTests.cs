using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Tests.Answers;

public sealed class FactAskedTests
{
    [Theory]
    [InlineData("when was the peacekeeping strategic partnerships office set up", FactKind.Date)]
    [InlineData("how many un police serve in missions", FactKind.Number)]
    [InlineData("where is unmas based", FactKind.Place)]
    [InlineData("who heads the police division", FactKind.Head)]
    [InlineData("whats the phone extension for the police division", FactKind.Phone)]
    [InlineData("which floor is the evaluation team on", FactKind.Room)]
    [InlineData("what is the annual budget of unmas", FactKind.Money)]
    [InlineData("what does dpet do", FactKind.None)]
    [InlineData("where does the innovation cell sit in dppa", FactKind.None)]
    public void In_ReadsTheKindOfFactAskedFor(string question, FactKind kind)
    {
        Assert.Equal(kind, FactAsked.In(QueryNormaliser.Normalise(question), QuestionIntent.About));
    }

    [Theory]
    [InlineData("OPSP was established in 2013 to strengthen partnerships.", FactKind.Date, true)]
    [InlineData("Some 11,000 UN Police from over 90 Member States serve.", FactKind.Number, true)]
    [InlineData("From its Headquarters in New York and its humanitarian hub in Geneva, UNMAS coordinates.", FactKind.Place, true)]
    [InlineData("The Police Division is led by the UN Police Adviser.", FactKind.Head, true)]
    [InlineData("The Team develops guidance on quick impact projects.", FactKind.Date, false)]
    [InlineData("The Team develops guidance on quick impact projects.", FactKind.Place, false)]
    [InlineData("Call the help desk on +1 212 963 3333.", FactKind.Phone, true)]
    [InlineData("The Team develops guidance on quick impact projects.", FactKind.Phone, false)]
    [InlineData("The office is on the 27th floor.", FactKind.Room, true)]
    [InlineData("The fund has allocated US$ 1.2 billion since 2006.", FactKind.Money, true)]
    [InlineData("The Team develops guidance on quick impact projects.", FactKind.Money, false)]
    public void States_RecognisesASentenceThatStatesSuchAFact(string sentence, FactKind kind, bool states)
    {
        Assert.Equal(states, FactAsked.States(sentence, kind));
    }

    /// <summary>The guide gives no phone numbers: asked for one, the decision is told the unit's text states none.</summary>
    [Fact]
    public void Ask_ForAPhoneExtension_TellsTheDecisionTheUnitStatesNone()
    {
        var answer = AnswererFixture.Answerer.Ask("whats the phone extension for the police division");

        Assert.Equal(1, answer.DecisionFeatures![OrientationBot.Knowledge.Answers.Ranking.DecisionFeature.DetailMissing]);
    }

    /// <summary>"Who helps with our training budget" names a topic: it does not ask for the unit's budget.</summary>
    [Fact]
    public void Ask_WhoHandlesATopicThatSoundsLikeADetail_IsNotTreatedAsAskingForIt()
    {
        var answer = AnswererFixture.Answerer.Ask("who at hq helps missions with their training plan and budget");

        Assert.Equal(0, answer.DecisionFeatures![OrientationBot.Knowledge.Answers.Ranking.DecisionFeature.DetailMissing]);
    }

    /// <summary>OPSP's summary opens with the year it was set up: shown once, in the summary, not quoted above it again.</summary>
    [Fact]
    public void Ask_WhenAUnitWasCreated_AndItsSummaryStatesTheYear_SaysItOnce()
    {
        var answer = Assert.IsType<UnitAnswer>(AnswererFixture.Answerer.Ask("when was the peacekeeping strategic partnerships office set up"));
        var text = AnswerText.Format(answer, KnowledgeFixture.Directory);

        Assert.Equal(FactKind.Date, answer.Fact);
        Assert.Null(answer.Evidence);
        Assert.False(answer.StatesTheFactFirst);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "was established in 2013"));
    }

    /// <summary>UNMAS's summary names its year but not its places: the sentence naming them is quoted, first.</summary>
    [Fact]
    public void Ask_WhereAUnitIsBased_AndOnlyItsDescriptionSaysSo_QuotesThatSentenceFirst()
    {
        var answer = Assert.IsType<UnitAnswer>(AnswererFixture.Answerer.Ask("where is unmas based"));

        Assert.True(answer.StatesTheFactFirst);
        Assert.StartsWith("From the e-Guide: \u201CFrom its Headquarters in New York and its humanitarian hub in Geneva",
            AnswerText.Format(answer, KnowledgeFixture.Directory), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhereAUnitIsBased_QuotesTheSentenceThatNamesThePlaces()
    {
        var answer = Assert.IsType<UnitAnswer>(AnswererFixture.Answerer.Ask("where is unmas based"));

        Assert.Contains("Geneva", answer.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhoHeadsAUnitThatNamesItsPeople_LeavesThePeopleToSayIt()
    {
        var answer = Assert.IsType<UnitAnswer>(AnswererFixture.Answerer.Ask("who is the boss of dpo"));

        Assert.NotEmpty(answer.Unit.People);
        Assert.False(answer.StatesTheFactFirst);
    }
}
