using OrientationBot.Storage;

namespace OrientationBot.Tests.Storage;

public sealed class QuestionKeyTests
{
    [Theory]
    [InlineData("Where is OMA?", "where is oma")]
    [InlineData("  where   is\tOMA ?! ", "where is oma")]
    [InlineData("What does U.N. mean.", "what does u.n. mean")]
    [InlineData("", "")]
    public void Normalise_Question_IgnoresCaseSpacingAndTrailingPunctuation(string question, string expected)
    {
        Assert.Equal(expected, QuestionKey.Normalise(question));
    }
}
