namespace OrientationBot.Knowledge.Answers;

/// <summary>Turns a question typed in chat into an <see cref="Answer"/>.</summary>
public interface IAnswerer
{
    Answer Ask(string question);
}
