using System.Text.Json;
using Microsoft.Extensions.Options;
using OrientationBot.Conversations;
using OrientationBot.Protocol;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Settings;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

public sealed class ConversationReferencesTests
{
    [Theory]
    [InlineData("00000000-0000-0000-0000-0000000000b0", true)]
    [InlineData("", false)]
    public void Of_AMessage_IsAuthenticatedExactlyWhenTheBotValidatesTokens(string appId, bool authenticated)
    {
        var references = new ConversationReferences(Options.Create(new BotCredentials { MicrosoftAppId = appId }));
        var message = JsonSerializer.Deserialize(Fixture.Load(Fixture.PersonalMessage).ToJsonString(), ProtocolJsonContext.Default.CoreActivity)!;

        var reference = references.Of(message);

        Assert.NotNull(reference);
        Assert.Equal(authenticated, reference.Authenticated);
        Assert.Equal(message.ServiceUrl, reference.ServiceUrl);
    }

    [Fact]
    public void Of_AnActivityWithoutAServiceUrl_IsNothing()
    {
        var references = new ConversationReferences(Options.Create(new BotCredentials()));
        var message = JsonSerializer.Deserialize(Fixture.Load(Fixture.PersonalMessage).ToJsonString(), ProtocolJsonContext.Default.CoreActivity)!;

        Assert.Null(references.Of(message with { ServiceUrl = null }));
    }
}
