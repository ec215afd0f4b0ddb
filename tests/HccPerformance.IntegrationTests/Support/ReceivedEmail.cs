using System.Text.Json.Serialization;

namespace HccPerformance.IntegrationTests.Support;

/// <summary>One message as smtp4dev's API lists it.</summary>
public sealed record ReceivedEmail(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] List<string> To,
    [property: JsonPropertyName("subject")] string Subject);
