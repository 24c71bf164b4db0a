using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Tests.Answers;

namespace OrientationBot.Knowledge.Tests.Search;

public sealed class QueryAnalysisTests
{
    [Theory]
    [InlineData("What's the SSR unit?", "what is the ssr unit")]
    [InlineData("whats inside orolsi", "what is inside orolsi")]
    [InlineData("wats UNPOL", "what is unpol")]
    [InlineData("whos rosemary dicarlo", "who is rosemary dicarlo")]
    [InlineData("the usg\u2019s office", "the usg office")]
    [InlineData("policy & doctrine team pls", "policy and doctrine team please")]
    [InlineData("knowledge mgmt team", "knowledge management team")]
    [InlineData("who in dpo is teh focal point", "who in dpo is the focal point")]
    [InlineData("the main POC for TCCs", "the main point of contact for tccs")]
    [InlineData("POC mandates in missions", "poc mandates in missions")]
    [InlineData("who handles POC", "who handles poc")]
    public void Normalise_ChatText_WritesItOut(string question, string expected)
    {
        Assert.Equal(expected, QueryNormaliser.Normalise(question));
    }

    [Theory]
    [InlineData("coordination", "coordinating")]
    [InlineData("coordinates", "coordinated")]
    [InlineData("trainings", "training")]
    [InlineData("policies", "policy")]
    [InlineData("decolonisation", "decolonization")]
    [InlineData("planning", "plan")]
    [InlineData("environmental", "environment")]
    [InlineData("northern", "north")]
    [InlineData("verify", "verification")]
    [InlineData("certify", "self-certification")]
    [InlineData("ready", "readiness")]
    [InlineData("mediators", "mediation")]
    [InlineData("supply", "supplies")]
    [InlineData("contributing", "contributors")]
    [InlineData("contribute", "contribution")]
    [InlineData("prosecutor", "prosecuting")]
    public void Stem_WordFamily_MeetsInOneStem(string a, string b)
    {
        Assert.Equal(Stemmer.Stem(a), Stemmer.Stem(b.Split('-')[^1]));
    }

    /// <summary>"Supply" and "apply" end in "ly" but are no adverbs: they keep their letters.</summary>
    [Theory]
    [InlineData("supply", "supply")]
    [InlineData("apply", "apply")]
    [InlineData("quickly", "quick")]
    public void Stem_LyEnding_IsDroppedOnlyFromAdverbs(string word, string stem)
    {
        Assert.Equal(stem, Stemmer.Stem(word));
    }

    /// <summary>Chat shorthand and inflected filler weigh nothing; before, "w" and "getting" weighed as much as an unknown topic word.</summary>
    [Theory]
    [InlineData("which team deals w landmines", "w")]
    [InlineData("who works on getting ex-combatants back", "getting")]
    [InlineData("which team checks readiness", "checks")]
    [InlineData("need threat analysis, which team do i ask", "ask")]
    public void Analyse_FillerOrItsInflection_IsNotATerm(string question, string filler)
    {
        var analyser = new QueryAnalyser(KnowledgeFixture.Directory, AnswererFixture.Index.Vocabulary);

        Assert.DoesNotContain(analyser.Analyse(question).Terms, t => t.Word == filler);
    }

    /// <summary>A glossary term typed in full reaches the units that only ever write its acronym.</summary>
    [Fact]
    public void Analyse_GlossaryTermSpelledOut_ItsWordsCarryTheAcronym()
    {
        var analyser = new QueryAnalyser(KnowledgeFixture.Directory, AnswererFixture.Index.Vocabulary);

        var terms = analyser.Analyse("who runs the light coordination mechanism").Terms;

        Assert.All(terms, t => Assert.Contains("lcm", t.Abbreviations));
        Assert.Empty(analyser.Analyse("who runs the coordination mechanism").Terms.SelectMany(t => t.Abbreviations));
    }

    [Fact]
    public void Stem_PoliceAndPolicy_StayApart()
    {
        Assert.NotEqual(Stemmer.Stem("police"), Stemmer.Stem("policy"));
    }

    /// <summary>Past the bound the distance reports bound + 1 and stops early.</summary>
    [Theory]
    [InlineData("police", "polise", 1)]
    [InlineData("training", "trainng", 1)]
    [InlineData("form", "from", 1)]
    [InlineData("intelligence", "inteligence", 1)]
    [InlineData("abc", "xyz", 3)]
    public void EditDistance_Typos_CountsEdits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, 2));
    }

    [Theory]
    [InlineData("polise", "police")]
    [InlineData("trainng", "training")]
    [InlineData("inteligence", "intelligence")]
    [InlineData("peacekeeing", "peacekeeping")]
    [InlineData("eguide", "e guide")]
    [InlineData("phone", "telephone")]
    [InlineData("intel", "intelligence")]
    [InlineData("elections", "electoral")]
    [InlineData("millitary", "military")] // one slip before any relative: not "millions", which shares "milli"
    public void Correct_UnknownWord_FindsTheGuideWord(string typo, string expected)
    {
        var corrector = new SpellingCorrector(AnswererFixture.Index.Vocabulary);

        Assert.Equal(expected, corrector.Correct(typo));
    }

    /// <summary>A misspelt acronym names its unit as the acronym does: "orosli" is OROLSI, not the prose that mentions it.</summary>
    [Theory]
    [InlineData("what does orosli do", "OROLSI")]
    [InlineData("dpett?", "DPET")]
    public void Analyse_MisspeltAcronym_IsReadAsTheAcronym(string question, string key)
    {
        var analyser = new QueryAnalyser(KnowledgeFixture.Directory, AnswererFixture.Index.Vocabulary);

        var query = analyser.Analyse(question);

        Assert.Contains(key, query.AcronymKeys);
        Assert.Contains(query.Terms, t => t.AcronymKey == key && t.Corrected);
    }

    /// <summary>Sharing a first syllable does not make a family: "organigramme" is no "organized", "colleague" no "collection".</summary>
    [Theory]
    [InlineData("organigramme", "organized")]
    [InlineData("colleague", "collection")]
    public void Correct_WordSharingOnlyItsStart_IsNotTakenForAnother(string word, string wrong)
    {
        var corrector = new SpellingCorrector(AnswererFixture.Index.Vocabulary);

        Assert.NotEqual(wrong, corrector.Correct(word));
    }

    [Theory]
    [InlineData("police")]
    [InlineData("mission")]
    [InlineData("pass")]
    public void Correct_KnownOrShortWord_LeavesItAlone(string word)
    {
        var corrector = new SpellingCorrector(AnswererFixture.Index.Vocabulary);

        Assert.Null(corrector.Correct(word));
    }

    [Theory]
    [InlineData("UNPOL", "UNPOL")]
    [InlineData("unmas", "UNMAS")]
    [InlineData("QIPs", "QIP")]
    [InlineData("T/PCCs", "TPCC")]
    [InlineData("OUSG-DOS", "OUSGDOS")]
    public void Spot_Acronym_GivesItsKey(string token, string key)
    {
        var expander = new AcronymExpander(KnowledgeFixture.Directory);

        Assert.Equal(key, expander.Spot(token));
    }

    [Fact]
    public void Spot_EverydayWordInLowerCase_IsNoAcronym()
    {
        var expander = new AcronymExpander(KnowledgeFixture.Directory);

        Assert.Null(expander.Spot("its"));
        Assert.Equal("ITS", expander.Spot("ITS"));
    }

    [Fact]
    public void Analyse_AcronymAndExpansion_ExpandBothWays()
    {
        var analyser = new QueryAnalyser(KnowledgeFixture.Directory, AnswererFixture.Index.Vocabulary);

        var byAcronym = analyser.Analyse("what does UNMAS do");
        var byWords = analyser.Analyse("who handles protection of civilians");

        Assert.Contains(Stemmer.Stem("mine"), byAcronym.SearchStems);
        Assert.Contains("poc", byWords.SearchStems);
    }
}
