using OrientationBot.Cards;

namespace OrientationBot.Tests.Cards;

public sealed class MailtoTests
{
    [Fact]
    public void For_AddressOnly_IsPlainMailto()
    {
        var link = Mailto.For("dppa-dpo-admin@un.org");

        Assert.Equal("mailto:dppa-dpo-admin@un.org", link);
    }

    [Fact]
    public void For_SubjectAndBody_PercentEncodesBoth()
    {
        var link = Mailto.For("a@un.org", "e-Guide Feedback", "Line 1 & more?\r\n100% done #1");

        Assert.Equal("mailto:a@un.org?subject=e-Guide%20Feedback&body=Line%201%20%26%20more%3F%0D%0A100%25%20done%20%231", link);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("a@b@un.org")]
    [InlineData("@un.org")]
    [InlineData("a@un.org?cc=x@evil.org")]
    [InlineData("a b@un.org")]
    public void For_MalformedAddress_ReturnsNull(string email)
    {
        var link = Mailto.For(email);

        Assert.Null(link);
    }
}
