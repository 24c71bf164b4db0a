using System.Text.RegularExpressions;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// The hand-written cues of what kind of answer a question wants, from how it is phrased (question words, verbs such as
/// "stand for", "belong", "consist of", "email"), never from which unit or topic it names. The answerer reads intent with
/// the fitted <see cref="Ranking.IntentModel"/>, which weighs these <see cref="Cues"/> beside the question's words;
/// <see cref="Detect"/>, the cues' own verdict, is the baseline `fit` measures the model against.
/// </summary>
public static partial class IntentDetector
{
    /// <summary>The intent of a normalised question (see <see cref="Search.QueryNormaliser"/>); <paramref name="asksWhatAnAcronymIs"/> says whether an acronym directly follows "what is".</summary>
    /// <remarks>The first of the <see cref="Cues"/> that names an intent decides, in their order.</remarks>
    public static QuestionIntent Detect(string normalised, bool asksWhatAnAcronymIs)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        if (asksWhatAnAcronymIs)
            return QuestionIntent.AcronymMeaning;
        foreach (var cue in Cues(normalised))
        {
            if (IntentOfCue.TryGetValue(cue, out var intent))
                return intent;
        }
        return QuestionIntent.About;
    }

    /// <summary>The intent each cue stands for on its own; "which-unit" and "procedure" only colour one.</summary>
    private static readonly Dictionary<string, QuestionIntent> IntentOfCue = new(StringComparer.Ordinal)
    {
        ["meaning"] = QuestionIntent.AcronymMeaning,
        ["contact"] = QuestionIntent.Contact,
        ["website"] = QuestionIntent.Website,
        ["parent"] = QuestionIntent.Parent,
        ["children"] = QuestionIntent.Children,
        ["role-holder"] = QuestionIntent.Person,
        ["person"] = QuestionIntent.Person,
        ["location"] = QuestionIntent.Location,
        ["handles"] = QuestionIntent.WhoHandles,
    };

    /// <summary>
    /// The hand-written cues a normalised question matches, by name, in the order <see cref="Detect"/> ranks them: the
    /// phrasing evidence <see cref="Ranking.IntentModel"/> weighs beside the question's words.
    /// </summary>
    public static IEnumerable<string> Cues(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        if (Meaning().IsMatch(normalised))
            yield return "meaning";
        if (Contact().IsMatch(normalised))
            yield return "contact";
        if (Website().IsMatch(normalised))
            yield return "website";
        if (Parent().IsMatch(normalised))
            yield return "parent";
        if (Children().IsMatch(normalised))
            yield return "children";
        if (RoleHolder().IsMatch(normalised))
            yield return "role-holder";
        if (Person().IsMatch(normalised))
            yield return "person";
        if (Location().IsMatch(normalised))
            yield return "location";
        if (Handles().IsMatch(normalised))
            yield return "handles";
        if (WhichUnit().IsMatch(normalised))
            yield return "which-unit";
        if (AsksForAProcedure(normalised))
            yield return "procedure";
    }

    /// <summary>
    /// "How do I get a laissez-passer", "can I telecommute on Fridays", "is there a gym": the question asks for a
    /// procedure or a staff rule. The guide describes who does what, not procedures or rules, so naming a unit in such
    /// a question is not enough to answer with it.
    /// </summary>
    /// <remarks>A question that opens with "who" or "which" asks for a unit, whatever "how to" follows ("which team helps missions plan how to protect civilians").</remarks>
    public static bool AsksForAProcedure(string normalised) => Procedure().IsMatch(normalised) && !OpensWithWhoOrWhich().IsMatch(normalised);

    /// <summary>"Which office is the link between …", "what team does …": the answer is to be a unit, not a passage of the guide.</summary>
    public static bool AsksWhichUnit(string normalised) => WhichUnit().IsMatch(normalised);

    /// <summary>"What does OROLSI do in non-mission settings": the one word the question asks about, or null.</summary>
    public static string? Subject(string normalised) => SubjectOfDo().Match(normalised) is { Success: true } match ? match.Groups["subject"].Value : null;

    /// <summary>The kind of unit a "which division …", "what office …" question asks for, or null.</summary>
    public static UnitKind? AskedKind(string normalised)
    {
        var match = WhichUnit().Match(normalised);
        return match.Success && Enum.TryParse<UnitKind>(match.Groups["kind"].Value, ignoreCase: true, out var kind) ? kind : null;
    }

    /// <summary>"Who is the current SRSG", "who the chief of the cell currently is": the holder of a role, not who handles a topic.</summary>
    public static bool AsksForARoleHolder(string normalised) => RoleHolder().IsMatch(normalised);

    /// <summary>True when the question asks in so many words what something stands for or means.</summary>
    public static bool AsksForMeaning(string normalised) => Meaning().IsMatch(normalised);

    [GeneratedRegex(@"\b(stands? for|short for|abbreviat\w*|acronym|mean|means|meaning|what (was|were) [a-z]+$)\b")]
    private static partial Regex Meaning();

    [GeneratedRegex(@"\b(which|what) (?<kind>office|unit|team|division|section|service|branch|cell|department)\b")]
    private static partial Regex WhichUnit();

    [GeneratedRegex(@"\bhow (do|can|should|could|would|will|must) (i|we|you|one|my|our)\b|\bhow to\b|^((hi|hey|hello) )?((can|may|could|should|must) (i|we)|(is|are) there|(do|does|am|are) (i|we|staff|seconded|new))\b")]
    private static partial Regex Procedure();

    [GeneratedRegex(@"^((hi|hey|hello) )?(so )?(what|how) (does|do|did) (the )?(?<subject>[a-z0-9][a-z0-9/-]*) (do|does|work|cover|handle|deal)\b")]
    private static partial Regex SubjectOfDo();

    [GeneratedRegex(@"^((hi|hey|hello) )?(who|which)\b")]
    private static partial Regex OpensWithWhoOrWhich();

    [GeneratedRegex(@"\b(e ?mail\w*|contact\w*|reach|get in touch|mailbox|phone|write to)\b")]
    private static partial Regex Contact();

    [GeneratedRegex(@"\b(web ?sites?|sites?|web ?pages?|links?(?! (between|to the other))|url|online|download|internet)\b")]
    private static partial Regex Website();

    [GeneratedRegex(@"\b((?<!\b(which|what) )part of|belongs?|belonging|reports? to|parent|under (which|what)|in (which|what)|(which|what) (division|office|service|department|asg|usg|branch|section|unit|team|cell|pillar|part of [a-z0-9-]+)( is (it|that|this)( in)?)?$|^(which|what) (division|office|service|department|asg|usg|branch) (is|does)\b.*\b(in|over|under|sit|sits)$|^(which|what) (asg|usg|office|division) (oversees|is over|is above|supervises)\b|^is (the )?(?!.*\b(based|located|headquartered)\b).+? (in|part of|under) (the )?\S+( \S+){0,2} or)\b")]
    private static partial Regex Parent();

    // "Components" are what a unit contains, except in a question about who does something: "who drafts the ROE for the military components".
    [GeneratedRegex(@"\b(inside|consists? of|contains?|include[sd]?|(?<!\bwho\b.*)components?|make up|made up|sub ?units?|what is (in|under)|under (us|it|them)$)\b|\b(what|which|list|how many)( are| is)?( the| its| their| all)?( [a-z]+)? (teams|sections|units|divisions|branches|clusters|services|offices|cells|departments|parts)\b|^[a-z0-9-]{2,8} (teams|sections|units|divisions|branches|clusters|services|offices|cells|parts|components)$")]
    private static partial Regex Children();

    [GeneratedRegex(@"\bwho (is |are )?(the )?((current|new|acting|present|interim) )?(head|chief|director|usg|asg|boss|leader|president|srsg|dsrsg|envoy)s?\b")]
    private static partial Regex RoleHolder();

    [GeneratedRegex(@"\b(who (heads|leads|runs|oversees|deputizes|directs)|head of|in charge|who is [a-z]+( [a-z]+){1,2}$)\b")]
    private static partial Regex Person();

    [GeneratedRegex(@"\b(where (is|are|does|do)|located|based|headquartered|sits?|duty station)\b")]
    private static partial Regex Location();

    [GeneratedRegex(@"^(who|which|whom)\b|\bwho\b|\b(owner|owns|owned by|focal point|co-?chairs?)\b|\bwhich (office|unit|team|division|section|service|branch|cell|element|part)\b")]
    private static partial Regex Handles();
}
