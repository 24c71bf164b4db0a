using OrientationBot.Knowledge.Answers;

namespace OrientationBot.Knowledge.Tests.Answers;

public sealed class AnswererTests
{
    private static Answerer Answerer => AnswererFixture.Answerer;

    [Theory]
    [InlineData("what does the mediation support unit do", "Mediation Support Unit", QuestionIntent.About)]
    [InlineData("who looks after quick impact projects?", "Civil Affairs Team", QuestionIntent.WhoHandles)]
    [InlineData("who do i talk to about the peacebuilding fund", "Peacebuilding Fund", QuestionIntent.WhoHandles)]
    [InlineData("who heads the police division", "Police Division", QuestionIntent.Person)]
    public void Ask_IssueExample_AnswersWithTheUnit(string question, string unit, QuestionIntent intent)
    {
        var answer = Answerer.Ask(question);

        var unitAnswer = Assert.IsType<UnitAnswer>(answer);
        Assert.Equal(unit, unitAnswer.Unit.Name);
        Assert.Equal(intent, unitAnswer.Intent);
    }

    [Fact]
    public void Ask_WatsUnpol_NamesThePoliceDivision()
    {
        var answer = Answerer.Ask("wats UNPOL");

        Assert.True(answer.Answered);
        Assert.Equal("Police Division", answer.Units[0].Name);
        Assert.Equal(QuestionIntent.AcronymMeaning, answer.Intent);
    }

    [Fact]
    public void Ask_WhatsInsideADivision_ListsItsChildren()
    {
        var answer = Answerer.Ask("whats inside the policy and mediation division");

        var structure = Assert.IsType<StructureAnswer>(answer);
        Assert.Equal("Policy and Mediation Division", structure.Unit.Name);
        Assert.Equal(QuestionIntent.Children, structure.Intent);
        Assert.Contains(structure.Related, u => u.Name == "Mediation Support Unit");
    }

    /// <summary>
    /// The unit first, then the question; a unit named but for its kind word ("office") is the one asked about; a
    /// glossary acronym ("ASG") spells out its words of a unit's name.
    /// </summary>
    [Theory]
    [InlineData("electoral division - what are its clusters", "Electoral Assistance Division")]
    [InlineData("what parts make up supply chain mgmt in DOS", "Office of Supply Chain Management")]
    [InlineData("which divisions fall under the ASG for africa", "Office of the Assistant Secretary-General for Africa")]
    public void Ask_WhatAUnitContains_PhrasedAsChatDoes_ListsThatUnitsChildren(string question, string unit)
    {
        var structure = Assert.IsType<StructureAnswer>(Answerer.Ask(question));

        Assert.Equal(QuestionIntent.Children, structure.Intent);
        Assert.Equal(unit, structure.Unit.Name);
    }

    /// <summary>
    /// A procedure the guide does not describe is declined even when the question names a unit; the unit's own
    /// procedures (its contact) and the guide's (its feedback address) are still answered.
    /// </summary>
    [Theory]
    [InlineData("how do I get Umoja access for procurement approvals")]
    [InlineData("do seconded police officers get a UN laissez-passer and how do i apply for one")]
    [InlineData("can i telecommute on fridays in dpo?")]
    public void Ask_ProcedureTheGuideDoesNotDescribe_Declines(string question)
    {
        Assert.IsType<NoAnswer>(Answerer.Ask(question));
    }

    /// <summary>A kind of unit and nothing else ("which office?") names no unit: answering with the first office would be a guess.</summary>
    [Fact]
    public void Ask_WhichOfficeAUnitIsUnder_ListsThatOfficeFirstThenTheUnitThenTheRestOfTheChain()
    {
        var answer = Assert.IsType<StructureAnswer>(Answerer.Ask("unmas sits under which office"));

        Assert.Equal(QuestionIntent.Parent, answer.Intent);
        Assert.Equal(
            ["Office of Rule of Law and Security Institutions", "UN Mine Action Service", "Department of Peace Operations"],
            answer.Units.Select(u => u.Name));
    }

    /// <summary>"Which division is that" about a division is answered by that division, not by the office above it.</summary>
    [Fact]
    public void Ask_WhichDivisionIsThat_WhenTheUnitFoundIsADivision_GivesTheDivision()
    {
        var answer = Assert.IsType<UnitAnswer>(Answerer.Ask("the pacific desk - which division is that"));

        Assert.Equal("Asia and the Pacific Division", answer.Unit.Name);
    }

    /// <summary>The unit named as the subject of "what does X do …" is answered, not a section or a unit the rest matches.</summary>
    [Theory]
    [InlineData("what does DOS do for the peace and security pillar", "Department of Operational Support")]
    [InlineData("what does OROLSI do outside of mission settings", "Office of Rule of Law and Security Institutions")]
    public void Ask_WhatDoesAcronymDoForSomething_AnswersWithThatUnit(string question, string unit)
    {
        var answer = Assert.IsType<UnitAnswer>(Answerer.Ask(question));

        Assert.Equal(unit, answer.Unit.Name);
    }

    /// <summary>"Is the gender unit part of DPPA?" checks a guess: DPPA is not the scope, the Gender Unit is still the one asked about.</summary>
    [Fact]
    public void Ask_IsAUnitPartOfTheWrongDepartment_GivesTheUnitsRealChain()
    {
        var answer = Assert.IsType<StructureAnswer>(Answerer.Ask("is the gender unit part of DPPA?"));

        Assert.Equal("Gender Unit", answer.Unit.Name);
        Assert.Contains(answer.Related, u => u.Name == "Department of Peace Operations");
    }

    /// <summary>The guide names the USG on the department, not on the USG's office: the person question goes where the name is.</summary>
    [Theory]
    [InlineData("who is the usg of dpo", "Department of Peace Operations")]
    [InlineData("whos the USG for DPPA", "Department of Political and Peacebuilding Affairs")]
    public void Ask_WhoHoldsARoleTheGuideNamesSomeoneFor_AnswersWithTheUnitThatNamesThem(string question, string unit)
    {
        var answer = Assert.IsType<UnitAnswer>(Answerer.Ask(question));

        Assert.Equal(unit, answer.Unit.Name);
        Assert.NotEmpty(answer.Unit.People);
    }

    /// <summary>Who holds a role in a unit the guide says nothing about the leadership of: declined, with that unit offered.</summary>
    [Theory]
    [InlineData("whos the director of the electoral assistance division these days", "Electoral Assistance Division")]
    [InlineData("who is the current chief of the innovation cell", "Innovation Cell")]
    public void Ask_WhoHoldsARoleTheGuideSaysNothingAbout_DeclinesAndOffersTheUnit(string question, string unit)
    {
        var answer = Assert.IsType<NoAnswer>(Answerer.Ask(question));

        Assert.Equal(unit, answer.Suggestions[0].Name);
    }

    /// <summary>
    /// An older name the sources define ("CLJAS", "DPKO"), or a term a unit's text defines ("XB"), is spelled out above
    /// the unit it belongs to.
    /// </summary>
    [Theory]
    [InlineData("cljas?", "CLJAS", "Justice and Corrections Service")]
    [InlineData("what does DPKO do", "DPKO", "Department of Peace Operations")]
    [InlineData("what is XB", "XB", "Office of Rule of Law and Security Institutions")]
    public void Ask_UnitByAnOlderAcronym_SaysWhatTheAcronymStandsForAndGivesTheUnit(string question, string acronym, string unit)
    {
        var answer = Assert.IsType<GlossaryAnswer>(Answerer.Ask(question));

        Assert.Equal(acronym, answer.Entry.Acronym);
        Assert.Equal(unit, answer.Unit?.Name);
    }

    [Fact]
    public void Ask_UnitByItsOwnAcronym_GivesTheUnit()
    {
        var answer = Assert.IsType<UnitAnswer>(Answerer.Ask("what is OROLSI"));

        Assert.Equal("Office of Rule of Law and Security Institutions", answer.Unit.Name);
    }

    [Theory]
    [InlineData("which office")]
    [InlineData("team?")]
    [InlineData("what units")]
    public void Ask_OnlyAKindOfUnit_Declines(string question)
    {
        Assert.IsType<NoAnswer>(Answerer.Ask(question));
    }

    [Theory]
    [InlineData("how do i contact unmas by email", "UN Mine Action Service")]
    [InlineData("is there a website for un police", "Police Division")]
    public void Ask_HowToContactOrFindTheWebsiteOfANamedUnit_StillAnswers(string question, string unit)
    {
        Assert.Equal(unit, Assert.IsType<UnitAnswer>(Answerer.Ask(question)).Unit.Name);
    }

    [Fact]
    public void Ask_WhoseAddressAnEmailIs_AnswersWithTheUnitThatGivesIt()
    {
        var answer = Assert.IsType<UnitAnswer>(Answerer.Ask("peacekeeping-training@un.org whose mailbox is that"));

        Assert.Equal("Integrated Training Service", answer.Unit.Name);
        Assert.Equal(QuestionIntent.Contact, answer.Intent);
    }

    /// <summary>A glossary acronym beside a unit's acronym is the comparison, not the subject.</summary>
    [Fact]
    public void Ask_UnitComparedWithAGlossaryTerm_AnswersWithTheUnit()
    {
        Assert.Equal("Department of Operational Support", Assert.IsType<UnitAnswer>(Answerer.Ask("whats DOS's focus vs DMSPC")).Unit.Name);
    }

    [Theory]
    [InlineData("IDDRS owner", "Disarmament, Demobilization and Reintegration Section")]
    [InlineData("GFP co-chair on the DPO side?", "Office of Rule of Law and Security Institutions")]
    public void Ask_WhoOwnsAGlossaryTerm_AnswersWithTheUnit(string question, string unit)
    {
        Assert.Equal(unit, Assert.IsType<UnitAnswer>(Answerer.Ask(question)).Unit.Name);
    }

    /// <summary>"Which office" wants a unit: a guide section about the Pillar is not one, and "link between" is no website.</summary>
    [Fact]
    public void Ask_WhichOfficeIsTheLinkBetween_AnswersWithAUnitNotAWebsiteOrASection()
    {
        var answer = Assert.IsType<UnitAnswer>(Answerer.Ask("which office is the link between the peace and security pillar and the other un pillars"));

        Assert.Equal(QuestionIntent.WhoHandles, answer.Intent);
    }

    /// <summary>"Of DOS" sets the scope: a unit of DPO whose text merely mentions DOS is not the answer.</summary>
    [Fact]
    public void Ask_QuestionScopedToADepartmentByAcronym_StaysInsideThatDepartment()
    {
        var structure = Assert.IsType<StructureAnswer>(Answerer.Ask("what's in the front office of DOS"));

        var dos = KnowledgeFixture.Directory.Units.Single(u => u.Name == "Department of Operational Support");
        Assert.True(structure.Unit == dos || KnowledgeFixture.Directory.Ancestors(structure.Unit).Contains(dos), structure.Unit.Name);
    }

    /// <summary>"Who deputizes for the ASG of OROLSI": the person question's topic is inside the named office.</summary>
    [Fact]
    public void Ask_PersonQuestionWhoseTopicIsInsideANamedOffice_AnswersWithTheUnitThatSaysSo()
    {
        var answer = Answerer.Ask("who deputizes for the asg of orolsi");

        Assert.Equal("Police Division", Assert.IsType<UnitAnswer>(answer).Unit.Name);
    }

    /// <summary>A glossary term in a longer question about a unit is the topic: the unit answers, not the glossary.</summary>
    [Fact]
    public void Ask_GlossaryTermAsTheTopicOfAUnitQuestion_AnswersWithAUnit()
    {
        var answer = Answerer.Ask("civil-military coordination focal point in OMA?");

        Assert.IsType<UnitAnswer>(answer);
    }

    [Fact]
    public void Ask_WhichOfficeItBelongsTo_GivesTheAncestors()
    {
        var answer = Answerer.Ask("which office does the police division belong to");

        var structure = Assert.IsType<StructureAnswer>(answer);
        Assert.Equal(QuestionIntent.Parent, structure.Intent);
        Assert.Equal("Police Division", structure.Unit.Name);
        Assert.Equal("Office of Rule of Law and Security Institutions", structure.Related[^1].Name);
    }

    [Fact]
    public void Ask_AcronymThatIsNoUnit_AnswersFromTheGlossary()
    {
        var answer = Answerer.Ask("what does COE mean");

        var glossary = Assert.IsType<GlossaryAnswer>(answer);
        Assert.Equal("COE", glossary.Entry.Acronym);
        Assert.Null(glossary.Unit);
    }

    [Fact]
    public void Ask_EmailForTheTrainingPeople_GivesTheTrainingServiceInbox()
    {
        var answer = Answerer.Ask("is there an email for the training people");

        Assert.True(answer.Answered);
        Assert.Equal(QuestionIntent.Contact, answer.Intent);
        Assert.Contains("peacekeeping-training@un.org", answer.Emails);
    }

    [Fact]
    public void Ask_ContactForUnitWithoutEmail_GivesTheParentsContactWithItsOwner()
    {
        var answer = Answerer.Ask("how do i get in touch with the field training support team");

        var unitAnswer = Assert.IsType<UnitAnswer>(answer);
        Assert.Equal(QuestionIntent.Contact, unitAnswer.Intent);
        Assert.NotNull(unitAnswer.Contact);
        Assert.False(unitAnswer.Contact.IsUnitsOwn);
        Assert.Equal("Integrated Training Service", unitAnswer.Contact.OwnerName);
    }

    [Fact]
    public void Ask_ContactForUnitWithNoEmailAboveIt_GivesNoContactRatherThanTheEditors()
    {
        var answer = Assert.IsType<UnitAnswer>(Answerer.Ask("who do i contact about mine action"));

        Assert.Equal("UN Mine Action Service", answer.Unit.Name);
        Assert.Null(answer.Contact);
        Assert.Empty(answer.Emails);
    }

    [Theory]
    [InlineData("how do I get a building pass")]
    [InlineData("what's the dress code")]
    [InlineData("how many days of annual leave do i get")]
    [InlineData("where can i park my car")]
    [InlineData("how do i reset my IT password")]
    [InlineData("what is the salary of a P4")]
    public void Ask_ForUnknownTopic_Declines(string question)
    {
        var answer = Answerer.Ask(question);

        var none = Assert.IsType<NoAnswer>(answer);
        Assert.False(none.Answered);
        Assert.Equal(KnowledgeFixture.Directory.FeedbackEmail, none.FeedbackEmail);
    }

    [Theory]
    [InlineData("wats the polise division do", "Police Division")]
    [InlineData("what does the integrated trainng service do", "Integrated Training Service")]
    [InlineData("who coordinates inteligence across peacekeeping", "Peacekeeping-Intelligence Coordination Team")]
    [InlineData("what does the standing polise capasity do", "Standing Police Capacity")]
    [InlineData("who deals with decolonisation", "Decolonization Unit")]
    public void Ask_WithTypos_StillFindsTheUnit(string question, string unit)
    {
        var answer = Answerer.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(unit, answer.Units[0].Name);
    }

    [Theory]
    [InlineData("what does the electoral assistance division do", QuestionIntent.About)]
    [InlineData("which unit handles mine action", QuestionIntent.WhoHandles)]
    [InlineData("whats the email for the integrated training service", QuestionIntent.Contact)]
    [InlineData("dpo website", QuestionIntent.Website)]
    [InlineData("who leads OMA", QuestionIntent.Person)]
    [InlineData("where is the standing police capacity based", QuestionIntent.Location)]
    [InlineData("what teams are in ITS", QuestionIntent.Children)]
    [InlineData("electoral division - what are its clusters", QuestionIntent.Children)]
    [InlineData("which team checks if military units from TCCs are actually ready", QuestionIntent.WhoHandles)]
    [InlineData("IDDRS owner", QuestionIntent.WhoHandles)]
    [InlineData("which office is the link between the pillars", QuestionIntent.WhoHandles)]
    [InlineData("unmas is under which office?", QuestionIntent.Parent)]
    [InlineData("what does PBSO stand for", QuestionIntent.AcronymMeaning)]
    public void Ask_Phrasing_SetsTheIntent(string question, QuestionIntent intent)
    {
        var answer = Answerer.Ask(question);

        Assert.Equal(intent, answer.Intent);
    }

    [Theory]
    [InlineData("where is the dppa-dpo staff directory", "staff-directories")]
    [InlineData("where do i take the self assessment", "self-assessment")]
    public void Ask_GuideLevelQuestion_AnswersWithTheGuideEntry(string question, string id)
    {
        var answer = Answerer.Ask(question);

        var guide = Assert.IsType<GuideAnswer>(answer);
        Assert.Equal(id, guide.Entry.Id);
    }

    [Theory]
    [InlineData("what does the security council affairs division do")]
    [InlineData("what does the electoral assistance division do")]
    [InlineData("what does the division of special activities do")]
    public void Ask_UnitWithoutDescription_IsFoundByName(string question)
    {
        var answer = Answerer.Ask(question);

        Assert.True(answer.Answered);
        Assert.Contains(answer.Units[0].Name, question, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ask_Concurrently_GivesTheSameAnswers()
    {
        var questions = AnswererFixture.Questions.Select(q => q.Question).ToList();
        var sequential = questions.Select(q => AnswerJson.Format(Answerer.Ask(q), KnowledgeFixture.Directory)).ToList();

        var parallel = new string[questions.Count];
        Parallel.For(0, questions.Count, i => parallel[i] = AnswerJson.Format(Answerer.Ask(questions[i]), KnowledgeFixture.Directory));

        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("???")]
    [InlineData("the of and")]
    public void Ask_EmptyQuestion_Declines(string question)
    {
        var answer = Answerer.Ask(question);

        Assert.False(answer.Answered);
    }
    /// <summary>A unit named only as the setting of a topic: the descendant that handles the topic answers.</summary>
    [Theory]
    [InlineData("who handles elections in DPPA", "Electoral Assistance Division")]
    [InlineData("who looks after justice in orolsi", "Justice and Corrections Service")]
    public void Ask_TopicInsideANamedUnit_AnswersWithTheDescendant(string question, string unit)
    {
        var answer = Answerer.Ask(question);

        Assert.Equal(unit, Assert.IsType<UnitAnswer>(answer).Unit.Name);
    }

    /// <summary>The children's names share the question's words ("clusters"), but the unit spelled out is their parent.</summary>
    [Fact]
    public void Ask_WhichClustersDoesADivisionHave_ListsTheDivisionsChildren()
    {
        var answer = Answerer.Ask("which clusters does the electoral assistance division have");

        var structure = Assert.IsType<StructureAnswer>(answer);
        Assert.Equal("Electoral Assistance Division", structure.Unit.Name);
        Assert.Contains(structure.Related, u => u.Name.StartsWith("Cluster", StringComparison.Ordinal));
    }

    /// <summary>"The e-Guide" is the setting; the entry that mentions the certificate answers.</summary>
    [Fact]
    public void Ask_CertificateOfTheEGuide_AnswersWithTheSelfAssessmentEntry()
    {
        var answer = Answerer.Ask("how do i download my certificate from the e-guide");

        Assert.Equal("self-assessment", Assert.IsType<GuideAnswer>(answer).Entry.Id);
    }

    /// <summary>Chat adds remarks after the question itself; the acronym question still counts.</summary>
    [Fact]
    public void Ask_AcronymQuestionFollowedByARemark_GivesTheGlossaryEntry()
    {
        var answer = Answerer.Ask("what are IOTs? everyone in my meetings keeps mentioning them");

        Assert.Equal("IOTs", Assert.IsType<GlossaryAnswer>(answer).Entry.Acronym);
    }

    /// <summary>"What is the role of the USG's office": the acronym does not follow "what is", so this asks about an office.</summary>
    [Fact]
    public void Ask_WhatIsTheRoleOfAnAcronymsOffice_AnswersWithTheOffice()
    {
        var answer = Answerer.Ask("what is the role of the usg office in dpo");

        Assert.Equal("office-of-the-under-secretary-general-dpo", Assert.IsType<UnitAnswer>(answer).Unit.Id);
    }
    /// <summary>"OUSG-DPPA" is the OUSG of DPPA: "the OUSG in DPPA" names it, and does not ask what OUSG stands for.</summary>
    [Theory]
    [InlineData("what does the OUSG in DPPA do", "office-of-the-under-secretary-general-dppa")]
    [InlineData("which teams are in the ousg of dos", "office-of-the-under-secretary-general-dos")]
    public void Ask_HeadOfACompoundAcronymWithItsDepartment_AnswersWithThatOffice(string question, string unitId)
    {
        var answer = Answerer.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(unitId, answer.Units[0].Id);
    }
    [Fact]
    public void Ask_UnanswerableWithNoNamedUnit_SuggestsNothingRatherThanStrangers()
    {
        var answer = Answerer.Ask("how do i get my building pass");

        Assert.Empty(Assert.IsType<NoAnswer>(answer).Suggestions);
    }

    [Fact]
    public void Ask_UnanswerableThatNamesPartOfAUnit_SuggestsThatUnit()
    {
        var answer = Answerer.Ask("is there a gym in the aviation building");

        Assert.Contains(Assert.IsType<NoAnswer>(answer).Suggestions, u => u.Name == "Aviation Safety Section");
    }

    /// <summary>A region the question names is the unit's topic even though the unit's name says more.</summary>
    [Fact]
    public void Ask_WhoCoversARegion_AnswersWithItsDivision()
    {
        var answer = Answerer.Ask("who covers the pacific region");

        Assert.Equal("Asia and the Pacific Division", Assert.IsType<UnitAnswer>(answer).Unit.Name);
    }

    /// <summary>
    /// The words that do not name a unit must meet in one of its sentences to count in full: a long text that merely
    /// mentions them here and there is not an answer ("is the cafeteria … open on fridays" is not about DDR).
    /// </summary>
    [Theory]
    [InlineData("how do i get umoja access to submit travel requests")]
    [InlineData("is the cafeteria in the secretariat building open on fridays")]
    public void Ask_WordsScatteredOverALongText_Declines(string question)
    {
        Assert.IsType<NoAnswer>(Answerer.Ask(question));
    }
    /// <summary>A unit named outright is the subject, even when its own text repeats little of the rest of the question.</summary>
    [Fact]
    public void Ask_WhatDoesANamedUnitDoForAGenericTopic_AnswersWithThatUnit()
    {
        var answer = Answerer.Ask("what does DOS do for peacekeeping missions");

        Assert.Equal("Department of Operational Support", Assert.IsType<UnitAnswer>(answer).Unit.Name);
    }
    /// <summary>The Africa divisions tie on "africa"; their parent covers what was asked, and the divisions follow as alternatives.</summary>
    [Fact]
    public void Ask_TopicSharedBySiblings_AnswersWithTheirParent()
    {
        var answer = Assert.IsType<UnitAnswer>(Answerer.Ask("who covers africa"));

        Assert.Equal("Office of the Assistant Secretary-General for Africa", answer.Unit.Name);
        Assert.Contains(answer.Alternatives, u => u.Name.EndsWith("Africa Division", StringComparison.Ordinal));
    }

    /// <summary>"Which teams work on X" lists no team's contents: a team that has none is answered as the one that handles X.</summary>
    [Fact]
    public void Ask_WhichTeamsDoATopic_AnswersWithATeamNotAnEmptyStructure()
    {
        var answer = Answerer.Ask("which teams work on training");

        var unit = Assert.IsType<UnitAnswer>(answer);
        Assert.Contains("Training", unit.Unit.Name, StringComparison.Ordinal);
        Assert.Equal(QuestionIntent.WhoHandles, unit.Intent);
    }
    /// <summary>A term the glossary defines, asked about by its full name, gets its glossary entry.</summary>
    [Fact]
    public void Ask_WhatIsAGlossaryTermByItsFullName_GivesTheEntry()
    {
        var answer = Answerer.Ask("what is the special committee on peacekeeping");

        Assert.Equal("C-34", Assert.IsType<GlossaryAnswer>(answer).Entry.Acronym);
    }
    /// <summary>Every glossary term asked about by its full name gets an answer that carries its entry, whatever punctuation its acronym has.</summary>
    [Fact]
    public void Ask_EveryGlossaryTermByItsFullName_AnswersWithAnEntry()
    {
        foreach (var entry in KnowledgeFixture.Directory.Glossary.Where(g => g.UnitId is null))
        {
            var answer = Answerer.Ask($"what does {entry.Expansion} stand for");

            if (answer is GlossaryAnswer glossary)
                Assert.NotNull(glossary.Entry);
        }
    }
}
