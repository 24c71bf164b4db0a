using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Answers;

/// <summary>The kind of fact a question asks for, when it asks for one: the card then quotes the guide's sentence that states it first.</summary>
public enum FactKind
{
    None,
    Date,
    Number,
    Place,
    Head,

    /// <summary>A telephone number or extension: the guide gives none, its staff directories do.</summary>
    Phone,

    /// <summary>A floor, room or building.</summary>
    Room,

    /// <summary>An amount of money: a budget, a cost, a fund's size.</summary>
    Money,
}

/// <summary>
/// Which fact a normalised question asks for ("when was OPSP set up", "how many UN police are there", "where is UNMAS
/// based", "who heads DPPA", "what is its phone extension", "which floor", "what is the budget"), and whether a
/// sentence of the guide states such a fact (a year, a figure, "based in Geneva", "led by the Police Adviser", a phone
/// number, a floor or room, an amount of money).
/// </summary>
public static partial class FactAsked
{
    public static FactKind In(string normalised, QuestionIntent intent)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        if (PhoneQuestion().IsMatch(normalised))
            return FactKind.Phone;
        if (RoomQuestion().IsMatch(normalised))
            return FactKind.Room;
        if (MoneyQuestion().IsMatch(normalised))
            return FactKind.Money;
        if (DateQuestion().IsMatch(normalised))
            return FactKind.Date;
        if (NumberQuestion().IsMatch(normalised))
            return FactKind.Number;
        if (PlaceQuestion().IsMatch(normalised))
            return FactKind.Place;
        if (intent == QuestionIntent.Person || HeadQuestion().IsMatch(normalised))
            return FactKind.Head;
        return FactKind.None;
    }

    /// <summary>Whether a sentence of the guide (as written, not normalised) states a fact of the kind.</summary>
    public static bool States(string sentence, FactKind kind) => kind switch
    {
        FactKind.Date => Year().IsMatch(sentence),
        FactKind.Number => Figure().IsMatch(sentence),
        FactKind.Place => Place().IsMatch(sentence),
        FactKind.Head => Head().IsMatch(sentence),
        FactKind.Phone => PhoneNumber().IsMatch(sentence),
        FactKind.Room => Room().IsMatch(sentence),
        FactKind.Money => Money().IsMatch(sentence),
        _ => false,
    };

    /// <summary>Whether the kind is a detail of a unit that its text either states or does not: not who leads it.</summary>
    public static bool IsDetail(FactKind kind) => kind is not (FactKind.None or FactKind.Head);

    [GeneratedRegex(@"\b(phone|telephone|tel|extension|ext|hotline|call (them|him|her)|number to call)\b")]
    private static partial Regex PhoneQuestion();

    [GeneratedRegex(@"\b(floor|room number|which room|what room|which building|what building|office number)\b")]
    private static partial Regex RoomQuestion();

    [GeneratedRegex(@"\b(budget|how much money|how much funding|cost|costs|salary|salaries|funding level)\b")]
    private static partial Regex MoneyQuestion();

    [GeneratedRegex(@"(\+\d[\d ().-]{6,}\d)|\b(ext\.?|extension) ?\d{3,}\b|\b\d{3}[ .-]\d{4}\b")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"\b\d+(st|nd|rd|th)? floor\b|\bfloor \d+\b|\b(room|building) [A-Z]?-?\d+")]
    private static partial Regex Room();

    [GeneratedRegex(@"(\$|US\$|USD|€|EUR)\s?\d|\b\d[\d,.]* (million|billion|thousand) (dollars|USD|euros)?|\b(million|billion)\b")]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(when|what year|which year|since when|how long ago|how old)\b")]
    private static partial Regex DateQuestion();

    [GeneratedRegex(@"\b(how many|how much|number of|how big|how large)\b")]
    private static partial Regex NumberQuestion();

    [GeneratedRegex(@"\bwhere\b.*\b(based|located|headquartered|office|offices|hub|physically)\b|\bwhich (city|cities|country|countries|duty stations?)\b|\b(based|located|headquartered) (in|at|where)\b")]
    private static partial Regex PlaceQuestion();

    [GeneratedRegex(@"\b(who (heads|leads|runs|directs|chairs|is in charge)|head of|in charge of|boss|chief of|director of)\b")]
    private static partial Regex HeadQuestion();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b\d[\d,.]*\b")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(based|located|headquartered|hub|offices?|presence) (in|at)\b|\b(in|at) (the )?[A-Z][a-z]+( [A-Z][a-z]+)?\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"\b(led|headed|chaired|directed|managed) by\b|\b(heads?|chief|director|adviser|advisor|Under-Secretary-General|Assistant Secretary-General|USG|ASG)\b|\b(Mr|Ms|Mrs|Dr)\.")]
    private static partial Regex Head();
}
