using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Conversations;

/// <summary>
/// An answer about a unit the user picked by id (a button, a search result) rather than asked about, so it
/// gets the same answer card as a question would, with the nearest real contact.
/// </summary>
internal static class UnitAnswers
{
    /// <summary>Null when the directory has no unit with that id (a stale card from before a knowledge update).</summary>
    public static UnitAnswer? For(UnitDirectory directory, string unitId)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(unitId);
        var unit = directory.Find(unitId);
        if (unit is null)
            return null;
        // The unit's name stands in for the question: it is what feedback on this card will be filed under.
        return new UnitAnswer(directory.DisplayName(unit), QuestionIntent.About, unit, Confidence: 1.0, [], directory.NearestContact(unit));
    }
}
