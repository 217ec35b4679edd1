using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Queries;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// <c>$filter</c> values with characters that are special in URLs (<c>'</c> doubled per OData, <c>&amp;</c>, <c>+</c>, <c>#</c>, <c>%</c>)
/// reach the service intact and select exactly the row written.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows
/// </summary>
public sealed class QueryEncodingTests
{
    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync();

    [Theory]
    [InlineData("O'Brien & Sons")]
    [InlineData("a+b=c #1")]
    [InlineData("100% Ünïcødé?")]
    public async Task QueryAsync_FilterValueWithUrlSpecialCharacters_FindsExactlyTheRowWritten(string lastName)
    {
        // Arrange
        await using var host = await CreateSut();
        var created = await host.Client.CreateAsync(SandboxNames.Contacts, new JsonObject { [SandboxNames.LastName] = lastName }, CancellationToken.None);
        var query = new DataverseQuery(SandboxNames.Contacts)
        {
            Select = [SandboxNames.ContactId, SandboxNames.LastName],
            Filter = $"{SandboxNames.LastName} eq '{lastName.Replace("'", "''", StringComparison.Ordinal)}'",
        };

        // Act
        var rows = new List<(Guid Id, string? LastName)>();
        await foreach (var row in host.Client.QueryAsync(query, CancellationToken.None))
        {
            rows.Add((row.GetProperty(SandboxNames.ContactId).GetGuid(), row.GetProperty(SandboxNames.LastName).GetString()));
        }

        // Assert
        var found = Assert.Single(rows);
        Assert.Equal(created.EntityId, found.Id);
        Assert.Equal(lastName, found.LastName);
    }
}
