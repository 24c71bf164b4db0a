using OrientationBot.Cards;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;
using static OrientationBot.Tests.Cards.SampleGuide;

namespace OrientationBot.Tests.Cards;

/// <summary>Every card kind, with the variations that change its shape, for the invariant and validator tests.</summary>
internal static class CardCatalog
{
    private static readonly Dictionary<string, Func<BotCard>> Cards = new()
    {
        ["answer-about-root-with-person-and-website"] = () => AnswerCard.Build(Answer(Dpo), Tree),
        ["answer-about-with-description-and-children"] = () => AnswerCard.Build(Answer(Orolsi, QuestionIntent.About, PoliceDivision, Dppa), Tree),
        ["answer-contact-without-email"] = () => AnswerCard.Build(Answer(PoliceDivision, QuestionIntent.Contact), Tree),
        ["answer-contact-own-email"] = () => AnswerCard.Build(Answer(ExecutiveOffice, QuestionIntent.Contact), Tree),
        ["answer-contact-parent-email"] = () => AnswerCard.Build(Answer(HumanResources, QuestionIntent.Contact), Tree),
        ["answer-person"] = () => AnswerCard.Build(Answer(Dpo, QuestionIntent.Person), Tree),
        ["answer-location"] = () => AnswerCard.Build(Answer(PoliceDivision, QuestionIntent.Location), Tree),
        ["answer-website"] = () => AnswerCard.Build(Answer(JusticeAndCorrections, QuestionIntent.Website), Tree),
        ["answer-voted-helpful"] = () => FeedbackActions.Voted(AnswerCard.Build(Answer(Orolsi), Tree), helpful: true, "what is OROLSI", Orolsi.Id, FeedbackEmail),
        ["answer-voted-not-helpful"] = () => FeedbackActions.Voted(AnswerCard.Build(Answer(Orolsi), Tree), helpful: false, "what is OROLSI", Orolsi.Id, FeedbackEmail),
        ["answer-shared-name"] = () => AnswerCard.Build(Answer(DppaOffice, QuestionIntent.About, DpoOffice), Tree),
        ["glossary-unit"] = () => GlossaryCard.Build(new GlossaryAnswer("what is DPPA", DppaAcronym, Dppa), Tree),
        ["glossary-term"] = () => GlossaryCard.Build(new GlossaryAnswer("what is SEA", SeaAcronym, null), Tree),
        ["structure-children"] = () => StructureCard.Build(
            new StructureAnswer("what is in OROLSI", QuestionIntent.Children, Orolsi, Tree.Children(Orolsi)), Tree),
        ["structure-no-children"] = () => StructureCard.Build(
            new StructureAnswer("what is in PD", QuestionIntent.Children, PoliceDivision, []), Tree),
        ["structure-parents"] = () => StructureCard.Build(
            new StructureAnswer("what is PD part of", QuestionIntent.Parent, PoliceDivision, Tree.Ancestors(PoliceDivision)), Tree),
        ["structure-root"] = () => StructureCard.Build(
            new StructureAnswer("what is DPO part of", QuestionIntent.Parent, Dpo, []), Tree),
        ["guide"] = () => GuideCard.Build(new GuideAnswer("how do I update my directory entry", QuestionIntent.Contact, DirectoryEntry, 0.8) { EmailOwners = [ExecutiveOffice] }, Tree),
        ["no-answer-with-suggestions"] = () => NoAnswerCard.Build(
            new NoAnswer("Who approves R&R travel? 100% urgent", [PoliceDivision, Orolsi], FeedbackEmail), Tree),
        ["no-answer-bare"] = () => NoAnswerCard.Build(new NoAnswer("lunch menu", [], FeedbackEmail), Tree),
        ["welcome"] = () => WelcomeCard.Build(Tree),
        ["welcome-group-chat"] = () => WelcomeCard.Build(Tree, personal: false),
        ["help"] = HelpCard.Build,
        ["units-overview"] = () => UnitsOverviewCard.Build(Tree),
        ["units-overview-empty"] = () => UnitsOverviewCard.Build(new UnitDirectory([], [], [], [], FeedbackEmail, "empty")),
        ["tip-about-unit"] = () => TipCard.Build(
            "Know your rule-of-law colleagues", "OROLSI brings police, justice and corrections together.", Orolsi, "1.2", new TimeOnly(8, 30)),
        ["tip-general"] = () => TipCard.Build("Update your directory entry", DirectoryEntry.Text, null, null, new TimeOnly(9, 0)),
        ["tip-last"] = () => TipCard.Build("Update your directory entry", DirectoryEntry.Text, null, null, new TimeOnly(9, 0), last: true),
        ["apology"] = ApologyCard.Build,
        ["feedback-thanks-helpful"] = () => FeedbackThanksCard.Build(helpful: true, FeedbackEmail),
        ["feedback-thanks-not-helpful"] = () => FeedbackThanksCard.Build(helpful: false, FeedbackEmail),
    };

    public static TheoryData<string> Names => [.. Cards.Keys];

    public static BotCard Build(string name) => Cards[name]();

    public static IEnumerable<BotCard> All() => Cards.Values.Select(build => build());
}
