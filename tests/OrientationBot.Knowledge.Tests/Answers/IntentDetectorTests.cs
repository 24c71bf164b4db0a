using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Tests.Answers;

/// <summary>The detector on its own: the answerer may change a detected intent (children of a unit that has none).</summary>
public sealed class IntentDetectorTests
{
    [Theory]
    [InlineData("list the components of OMA", QuestionIntent.Children)]
    [InlineData("orolsi components?", QuestionIntent.Children)]
    [InlineData("who writes the rules of engagement for the military components", QuestionIntent.WhoHandles)]
    public void Detect_Components_AreChildrenUnlessTheQuestionAsksWhoDoesSomething(string question, QuestionIntent intent)
    {
        Assert.Equal(intent, Detect(question));
    }

    [Theory]
    [InlineData("is OPSP part of dpo or dppa", QuestionIntent.Parent)]
    [InlineData("is the civil affairs team in DPET or OROLSI", QuestionIntent.Parent)]
    [InlineData("what is the logistics division part of", QuestionIntent.Parent)]
    [InlineData("which part of dpo looks after force generation", QuestionIntent.WhoHandles)]
    [InlineData("is the evaluation team in dpet still doing evaluations or what are they busy with", QuestionIntent.About)]
    [InlineData("aviation safety section - which part of dos is that in", QuestionIntent.Parent)]
    [InlineData("is the standing police capacity based in ny or somewhere else", QuestionIntent.Location)]
    public void Detect_PartOfAndInThisOrThat_AskForTheParentOnlyWhenTheyAskWhereAUnitBelongs(string question, QuestionIntent intent)
    {
        Assert.Equal(intent, Detect(question));
    }

    [Theory]
    [InlineData("ead clusters?", QuestionIntent.Children)]
    [InlineData("oma teams", QuestionIntent.Children)]
    [InlineData("mobile training teams for pre-deployment training", QuestionIntent.About)]
    public void Detect_AcronymThenKindsOfUnit_AsksWhatItContains(string question, QuestionIntent intent)
    {
        Assert.Equal(intent, Detect(question));
    }

    [Theory]
    [InlineData("what does OROLSI do in non-mission settings", "orolsi")]
    [InlineData("hi, how does ITS work with missions", "its")]
    [InlineData("who does what in DOS", null)]
    public void Subject_WhatDoesXDo_IsX(string question, string? subject)
    {
        Assert.Equal(subject, IntentDetector.Subject(QueryNormaliser.Normalise(question)));
    }

    [Theory]
    [InlineData("how to get a un laissez-passer", true)]
    [InlineData("hi, how do i apply for leave", true)]
    [InlineData("can i telecommute on fridays", true)]
    [InlineData("which team advises missions on how to protect civilians", false)]
    [InlineData("who do i ask about how to plan an assessment", false)]
    public void AsksForAProcedure_HowToInsideAWhoOrWhichQuestion_IsTheTopicNotAProcedure(string question, bool procedure)
    {
        Assert.Equal(procedure, IntentDetector.AsksForAProcedure(QueryNormaliser.Normalise(question)));
    }

    private static QuestionIntent Detect(string question) => IntentDetector.Detect(QueryNormaliser.Normalise(question), false);
}
