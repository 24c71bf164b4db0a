using OrientationBot.Cards;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

public sealed class AnswerCardTests
{
    private const string PoliceBreadcrumb =
        "Department of Peace Operations › Office of Rule of Law and Security Institutions › Police Division";

    [Fact]
    public void Build_ForNestedUnit_ShowsBreadcrumbFromRootFirst()
    {
        var answer = Answer(PoliceDivision);

        var card = AnswerCard.Build(answer, Tree);

        Assert.Equal(PoliceBreadcrumb, (string?)card.Content["body"]![0]!["text"]);
        Assert.Contains(PoliceBreadcrumb, card.FallbackText);
    }

    [Fact]
    public void Build_ForUnit_TitlesItWithNameAndAcronym()
    {
        var answer = Answer(PoliceDivision);

        var card = AnswerCard.Build(answer, Tree);

        Assert.Contains("Police Division (PD)", CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_ForUnitSharingItsName_QualifiesTitleWithParent()
    {
        var answer = Answer(DppaOffice);

        var card = AnswerCard.Build(answer, Tree);

        Assert.Contains("Office of the Under-Secretary-General (DPPA)", CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_ForUnitWithNoEmailAboveIt_PointsToTheStaffDirectoriesAndNeverOffersTheEditorsAsItsContact()
    {
        var answer = Answer(PoliceDivision, QuestionIntent.Contact);

        var card = AnswerCard.Build(answer, Tree);

        var texts = CardQuery.Texts(card.Content);
        Assert.Contains(texts, t => t.StartsWith(ContactSection.NoContactText, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(FeedbackEmail, StringComparison.Ordinal));
        Assert.Contains(DirectoryEntry.Links[0].Url, CardQuery.Urls(card));
        var report = Assert.Single(CardQuery.OfType(card, "Action.OpenUrl"), a => (string?)a["title"] == ContactSection.ReportTitle);
        Assert.StartsWith($"mailto:{FeedbackEmail}?subject=e-Guide%20Feedback&body=", (string?)report["url"]);
        Assert.Contains("Police%20Division", (string?)report["url"]);
        Assert.DoesNotContain(FeedbackEmail, card.FallbackText);
    }

    [Fact]
    public void Build_ForUnitWithoutEmail_NeverShowsParentAddressAsItsOwn()
    {
        var answer = Answer(HumanResources, QuestionIntent.Contact);

        var card = AnswerCard.Build(answer, Tree);

        var texts = CardQuery.Texts(card.Content);
        Assert.DoesNotContain("Email: dppa-dpo-admin@un.org", texts);
        Assert.Contains($"{ContactSection.NoEmailText} It gives one for the Executive Office, which it is part of.", texts);
        Assert.Contains("Executive Office: dppa-dpo-admin@un.org", texts);
        var button = Assert.Single(CardQuery.OfType(card, "Action.OpenUrl"));
        Assert.Equal("Email the parent unit", (string?)button["title"]);
    }

    [Fact]
    public void Build_ForUnitWithOwnEmail_ShowsAddressAndMailto()
    {
        var answer = Answer(ExecutiveOffice, QuestionIntent.Contact);

        var card = AnswerCard.Build(answer, Tree);

        Assert.Contains("Email: dppa-dpo-admin@un.org", CardQuery.Texts(card.Content));
        Assert.DoesNotContain(ContactSection.NoEmailText, CardQuery.AllText(card));
        Assert.Equal(["mailto:dppa-dpo-admin@un.org"], CardQuery.Urls(card));
    }

    [Fact]
    public void Build_ForUnitWithWebsite_OffersOpenUrlLabelledAsInGuide()
    {
        var answer = Answer(Dpo);

        var card = AnswerCard.Build(answer, Tree);

        var website = Assert.Single(CardQuery.OfType(card, "Action.OpenUrl"), a => IsUnitWebsite((string)a["url"]!));
        Assert.Equal("DPO website", (string?)website["title"]);
        Assert.Equal("https://peacekeeping.un.org/en/department-of-peace-operations", (string?)website["url"]);
    }

    [Fact]
    public void Build_ForWebsitesWithLongPageTitles_LabelsThemShortlyAndDistinctly()
    {
        var unit = PoliceDivision with
        {
            Websites =
            [
                new WebLink("The Police Division of the Office of Rule of Law and Security Institutions", "https://police.un.org/en"),
                new WebLink("United Nations Police: Serve and Protect, a page of the UN", "https://peacekeeping.un.org/en/un-police"),
            ],
        };
        var answer = new UnitAnswer("pd", QuestionIntent.Website, unit, 1, [], Tree.NearestContact(unit));

        var card = AnswerCard.Build(answer, Tree);

        var titles = CardQuery.OfType(card, "Action.OpenUrl").Where(a => IsUnitWebsite((string)a["url"]!)).Select(a => (string?)a["title"]);
        Assert.Equal(["PD website", "peacekeeping.un.org"], titles);
    }

    [Fact]
    public void Build_ForUnitWithoutWebsite_OffersNoWebLink()
    {
        var answer = Answer(PoliceDivision);

        var card = AnswerCard.Build(answer, Tree);

        Assert.DoesNotContain(CardQuery.Urls(card), IsUnitWebsite);
    }

    /// <summary>A web link other than the staff directories, which a unit without any email is pointed to.</summary>
    private static bool IsUnitWebsite(string url) =>
        url.StartsWith("http", StringComparison.Ordinal) && !DirectoryEntry.Links.Any(l => l.Url == url);

    [Theory]
    [InlineData(QuestionIntent.Website, "The e-Guide gives no website for this unit.")]
    [InlineData(QuestionIntent.Person, "The e-Guide names no one for this unit.")]
    public void Build_AskingForFactTheGuideLacks_SaysSo(QuestionIntent intent, string statement)
    {
        var answer = Answer(PoliceDivision, intent);

        var card = AnswerCard.Build(answer, Tree);

        Assert.Contains(statement, CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_PersonAskedWhereTheGuideGivesOnlyTheLeadingRole_SaysSo()
    {
        var answer = Answer(PoliceDivision with { Description = "The Police Division, headed by the Police Adviser, supports police components." }, QuestionIntent.Person);

        var card = AnswerCard.Build(answer, Tree);

        Assert.Contains("The e-Guide says which role leads this unit, but names no one.", CardQuery.Texts(card.Content));
    }

    /// <summary>A unit the e-Guide only mentions in passing: the card says so and quotes the mention, without contradicting itself.</summary>
    [Theory]
    [InlineData("\u2026 the Gender Parity Team in the Office of the Director.", "The e-Guide has no section on this unit; it mentions it here:")]
    [InlineData(null, "The e-Guide names this unit but says nothing more about it.")]
    public void Build_ForUnitWithoutText_SaysWhatTheGuideHas(string? evidence, string said)
    {
        var unit = Orolsi with { Summary = "", Description = "" };
        var answer = new UnitAnswer("gender parity", QuestionIntent.WhoHandles, unit, 1, [], Tree.NearestContact(unit)) { Evidence = evidence };

        var texts = CardQuery.Texts(AnswerCard.Build(answer, Tree).Content);

        Assert.Contains(said, texts);
        if (evidence is not null)
            Assert.Contains($"\u201C{evidence}\u201D", texts);
    }

    [Fact]
    public void For_TentativeAnswer_SaysFirstThatItIsNotSure()
    {
        var answer = new UnitAnswer("prisons and courts", QuestionIntent.WhoHandles, Orolsi, 0.55, [], Tree.NearestContact(Orolsi)) { Tentative = true };

        var card = AnswerCards.For(answer, Tree);

        Assert.Equal(AnswerText.NotSure, CardQuery.Texts(card.Content["body"]![0]).First());
        Assert.StartsWith(AnswerText.NotSure, card.FallbackText, StringComparison.Ordinal);
        Assert.DoesNotContain(AnswerText.NotSure, CardQuery.Texts(AnswerCards.For(answer with { Tentative = false }, Tree).Content));
    }

    [Fact]
    public void Build_ForAFactQuestion_QuotesTheSentenceStatingItBeforeTheSummary()
    {
        const string sentence = "OROLSI was set up in 2007.";
        var answer = new UnitAnswer("when was orolsi set up", QuestionIntent.About, Orolsi, 1, [], Tree.NearestContact(Orolsi))
        {
            Evidence = sentence,
            Fact = FactKind.Date,
        };

        var card = AnswerCard.Build(answer, Tree);

        var texts = CardQuery.Texts(card.Content).ToList();
        var quote = texts.IndexOf($"\u201C{sentence}\u201D");
        Assert.True(quote >= 0);
        Assert.True(quote < texts.FindIndex(t => t.Contains("led by an ASG", StringComparison.Ordinal)), "the quote comes before the summary");
    }

    [Fact]
    public void Build_WithoutSummary_LeadsWithDescriptionAndMoreHoldsTheRest()
    {
        var unit = Orolsi with { Summary = "" };
        var answer = new UnitAnswer("orolsi", QuestionIntent.About, unit, 1, [], Tree.NearestContact(unit));

        var card = AnswerCard.Build(answer, Tree);

        var more = Assert.Single(CardQuery.OfType(card, "Action.ShowCard"), a => (string?)a["title"] == "More");
        var moreTexts = CardQuery.Texts(more["card"]);
        Assert.True(CardQuery.BodyIndexOf(card, "led by an ASG") >= 0);
        Assert.DoesNotContain(moreTexts, t => t.Contains("led by an ASG", StringComparison.Ordinal));
        Assert.Contains(moreTexts, t => t.StartsWith("As a specialized capacity", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ForUnitWithPeople_NamesThemWithTheirRole()
    {
        var answer = Answer(Dpo, QuestionIntent.Person);

        var card = AnswerCard.Build(answer, Tree);

        Assert.Contains("**Mr. Jean-Pierre Lacroix**, Under-Secretary-General for Peace Operations", CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_WithAlternatives_OffersDidYouMeanButtonsInOrder()
    {
        var answer = Answer(Orolsi, QuestionIntent.About, PoliceDivision, Dppa);

        var card = AnswerCard.Build(answer, Tree);

        var didYouMean = card.Content["body"]!.AsArray().Single(n => CardQuery.Texts(n).Contains("Did you mean"));
        var ids = CardQuery.Descendants(didYouMean).Where(o => (string?)o["type"] == "Action.Submit")
            .Select(CardQuery.SubmitData).Where(d => (string?)d["verb"] == CardActions.Verbs.OpenUnit).Select(d => (string?)d["unitId"]);
        Assert.Equal(["police-division", "dppa"], ids);
    }

    [Fact]
    public void Build_WithoutAlternatives_HasNoDidYouMean()
    {
        var answer = Answer(Orolsi);

        var card = AnswerCard.Build(answer, Tree);

        Assert.DoesNotContain("Did you mean", CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_ForUnitInTree_OffersPartOfAndIncludes()
    {
        var answer = Answer(Orolsi);

        var card = AnswerCard.Build(answer, Tree);

        var opened = CardQuery.Submits(card, CardActions.Verbs.OpenUnit).Select(d => (string?)d["unitId"]).ToList();
        Assert.Equal(["dpo", "police-division", "jcs"], opened);
        Assert.Contains("Part of", CardQuery.Texts(card.Content));
        Assert.Contains("Includes", CardQuery.Texts(card.Content));
    }

    [Fact]
    public void Build_ForUnitWithManyChildren_ShowsEightAndSaysHowMany()
    {
        var children = Enumerable.Range(1, 12).Select(i => new Unit { Id = $"team-{i}", Name = $"Team {i}", ParentId = "big" }).ToList();
        var big = new Unit { Id = "big", Name = "Big Division", ChildIds = [.. children.Select(c => c.Id)] };
        var tree = new UnitDirectory([big, .. children], [], [], [], FeedbackEmail, "big");
        var answer = new UnitAnswer("big", QuestionIntent.About, big, 1, [], tree.NearestContact(big));

        var card = AnswerCard.Build(answer, tree);

        Assert.Equal(8, CardQuery.Submits(card, CardActions.Verbs.OpenUnit).Count);
        Assert.Contains("Includes (8 of 12 shown)", CardQuery.Texts(card.Content));
    }

    [Theory]
    [InlineData(QuestionIntent.Contact, "Contact")]
    [InlineData(QuestionIntent.Person, "People")]
    [InlineData(QuestionIntent.Location, "Where it sits")]
    [InlineData(QuestionIntent.Website, "DPO website")]
    public void Build_ForIntent_PutsAskedForFactBeforeSummary(QuestionIntent intent, string marker)
    {
        var answer = Answer(Dpo, intent);

        var card = AnswerCard.Build(answer, Tree);

        var summary = CardQuery.BodyIndexOf(card, Dpo.Summary);
        var asked = CardQuery.BodyIndexOf(card, marker) is var i and >= 0 ? i : IndexOfButton(card, marker);
        Assert.InRange(asked, 0, summary - 1);
    }

    [Fact]
    public void Build_ForAboutIntent_PutsSummaryBeforeContact()
    {
        var answer = Answer(Dpo, QuestionIntent.About);

        var card = AnswerCard.Build(answer, Tree);

        Assert.True(CardQuery.BodyIndexOf(card, Dpo.Summary) < CardQuery.BodyIndexOf(card, "Contact"));
    }

    [Fact]
    public void Build_WithDescriptionOpeningWithTheSummary_MoreCarriesOnAfterIt()
    {
        var unit = Orolsi with { Description = Orolsi.Summary + " It deploys police and corrections personnel.\n\nA second paragraph." };
        var answer = new UnitAnswer("orolsi", QuestionIntent.About, unit, 1, [], Tree.NearestContact(unit));

        var card = AnswerCard.Build(answer, Tree);

        var more = Assert.Single(CardQuery.OfType(card, "Action.ShowCard"), a => (string?)a["title"] == "More");
        var moreTexts = CardQuery.Texts(more["card"]);
        Assert.Equal("It deploys police and corrections personnel.", moreTexts[0]);
        Assert.DoesNotContain(moreTexts, t => t.Contains(Orolsi.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithDescriptionThatIsOnlyTheSummary_OffersNoMore()
    {
        var unit = Orolsi with { Description = Orolsi.Summary };
        var answer = new UnitAnswer("orolsi", QuestionIntent.About, unit, 1, [], Tree.NearestContact(unit));

        var card = AnswerCard.Build(answer, Tree);

        Assert.DoesNotContain(CardQuery.OfType(card, "Action.ShowCard"), a => (string?)a["title"] == "More");
    }

    [Fact]
    public void Build_WithDescription_OffersMoreWithFullerText()
    {
        var answer = Answer(Orolsi);

        var card = AnswerCard.Build(answer, Tree);

        var more = Assert.Single(CardQuery.OfType(card, "Action.ShowCard"), a => (string?)a["title"] == "More");
        Assert.Contains(CardQuery.Texts(more["card"]), t => t.StartsWith("As a specialized capacity", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithHugeDescription_TrimsMoreAndStaysUnderSizeLimit()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("The division supports police components in the field.", 12));
        var unit = PoliceDivision with
        {
            Description = string.Join("\n\n", Enumerable.Repeat(paragraph, 60)),
            People = [.. Enumerable.Range(1, 30).Select(i => new Person($"Person {i}", "Chief"))],
            Websites = [.. Enumerable.Range(1, 10).Select(i => new WebLink($"Link {i}", $"https://example.org/{i}"))],
        };
        var tree = new UnitDirectory([Dpo, Orolsi, unit, JusticeAndCorrections, DpoOffice], [], [], [], FeedbackEmail, "huge");
        var answer = new UnitAnswer("pd", QuestionIntent.About, unit, 1, [Orolsi, Dpo, JusticeAndCorrections], tree.NearestContact(unit));

        var card = AnswerCard.Build(answer, tree);

        var more = Assert.Single(CardQuery.OfType(card, "Action.ShowCard"), a => (string?)a["title"] == "More");
        Assert.InRange(CardQuery.Texts(more["card"]).Sum(t => t.Length), 1, 2200);
        Assert.Contains("the e-Guide says more in section 1.2", CardQuery.Texts(more["card"])[^1]);
        Assert.True(card.Size < BotCard.MaxBytes / 2, $"{card.Size} bytes");
    }

    [Fact]
    public void Build_ForUnitWithSection_EndsWithSourceLine()
    {
        var answer = Answer(PoliceDivision);

        var card = AnswerCard.Build(answer, Tree);

        Assert.Equal("Source: e-Guide, section 1.2", CardQuery.Texts(card.Content["body"]!.AsArray()[^1])[0]);
    }

    [Fact]
    public void Build_Always_OffersHelpfulAndNotHelpfulWithOptionalComment()
    {
        var answer = Answer(PoliceDivision);

        var card = AnswerCard.Build(answer, Tree);

        var feedback = CardQuery.Submits(card, CardActions.Verbs.Feedback);
        Assert.Equal([true, false], feedback.Select(d => (bool?)d["helpful"]));
        Assert.All(feedback, d => Assert.Equal("police-division", (string?)d["unitId"]));
        Assert.All(feedback, d => Assert.Equal(answer.Question, (string?)d["question"]));
        var comment = Assert.Single(CardQuery.OfType(card, "Input.Text"));
        Assert.Equal(CardActions.Fields.Comment, (string?)comment["id"]);
        Assert.NotEqual(true, (bool?)comment["isRequired"]);
    }

    private static int IndexOfButton(BotCard card, string title)
    {
        var body = card.Content["body"]!.AsArray();
        for (var i = 0; i < body.Count; i++)
        {
            if (CardQuery.Descendants(body[i]).Any(o => (string?)o["title"] == title))
                return i;
        }
        return -1;
    }
}
