namespace OrientationBot.Protocol.Tests.Support;

/// <summary>One request as the fake Connector saw it.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body);
