using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Commands.Register;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Register;

public sealed class RowDifferenceTests
{
    private static readonly Guid TypeId = new("5b0a43c1-1b1e-5c57-8f3e-9d5a3c2e7f10");

    [Fact]
    public void Changed_MissingRow_IsEveryColumnAndLookup()
    {
        // Arrange
        var sut = CreateRow();

        // Act
        var changed = RowDifference.Changed(sut, null);

        // Assert
        Assert.Equal(["name", "rank", "filteringattributes", "eventhandler"], changed);
    }

    [Fact]
    public void Changed_RowAsDeclared_IsEmpty()
    {
        // Arrange: a null column reads back as null or absent; the lookup's id in any case.
        var sut = CreateRow();
        var existing = Parse($$"""{"name":"step","rank":1,"_eventhandler_value":"{{TypeId.ToString().ToUpperInvariant()}}"}""");

        // Act
        var changed = RowDifference.Changed(sut, existing);

        // Assert
        Assert.Empty(changed);
    }

    [Fact]
    public void Changed_OtherRankAndOtherHandler_AreTheTwoDifferences()
    {
        // Arrange
        var sut = CreateRow();
        var existing = Parse($$"""{"name":"step","rank":2,"filteringattributes":null,"_eventhandler_value":"{{Guid.Empty}}"}""");

        // Act
        var changed = RowDifference.Changed(sut, existing);

        // Assert
        Assert.Equal(["rank", "eventhandler"], changed);
    }

    [Fact]
    public void Body_ChangedColumnAndLookup_WritesTheValueAndTheBind()
    {
        // Arrange
        var sut = CreateRow();

        // Act
        var body = RowDifference.Body(sut, ["rank", "eventhandler"]);

        // Assert
        Assert.Equal($$"""{"rank":1,"eventhandler_plugintype@odata.bind":"/plugintypes({{TypeId}})"}""", body.ToJsonString());
    }

    private static RegistrationRow CreateRow() =>
        new(
            "sdkmessageprocessingsteps",
            Guid.Parse("e1e55190-6036-4c23-8dd4-da4b9e0fecc6"),
            "step",
            new Dictionary<string, JsonNode?> { ["name"] = "step", ["rank"] = 1, ["filteringattributes"] = null },
            [new RegistrationLookup("eventhandler", "eventhandler_plugintype", "plugintypes", TypeId)]);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
