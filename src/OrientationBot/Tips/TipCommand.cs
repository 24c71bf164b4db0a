namespace OrientationBot.Tips;

/// <summary>
/// A tips command read from a chat message. <see cref="Error"/> is set when the message was clearly meant as
/// the command but its time or date could not be read; it is a sentence to show the user.
/// </summary>
internal sealed record TipCommand(TipCommandKind Kind, TimeOnly? Time = null, DateOnly? StartDate = null, string? Error = null)
{
    public bool IsValid => Error is null;
}
