using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// Malformed entity set names, ids, ETags, columns and action names are refused by the client before anything is sent.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors (URL composition)
/// </summary>
public sealed class MalformedNameTests
{
    private static readonly JsonObject Body = new() { [SandboxNames.LastName] = "x" };

    private static readonly Dictionary<string, Func<IDataverseClient, Task>> Cases = new(StringComparer.Ordinal)
    {
        ["create: query in set name"] = c => c.CreateAsync("contacts?$filter=x", Body.DeepClone().AsObject()),
        ["create: path traversal"] = c => c.CreateAsync("../contacts", Body.DeepClone().AsObject()),
        ["update: empty set name"] = c => c.UpdateAsync(string.Empty, Guid.NewGuid(), Body.DeepClone().AsObject()),
        ["update: empty id"] = c => c.UpdateAsync(SandboxNames.Contacts, Guid.Empty, Body.DeepClone().AsObject()),
        ["update: unquoted etag"] = c => c.UpdateAsync(SandboxNames.Contacts, Guid.NewGuid(), Body.DeepClone().AsObject(), "stale"),
        ["update returning: bad select column"] = c => c.UpdateReturningAsync(SandboxNames.Contacts, Guid.NewGuid(), Body.DeepClone().AsObject(), null, ["last name"]),
        ["delete: key in set name"] = c => c.DeleteAsync("contacts(00000000-0000-0000-0000-000000000001)", Guid.NewGuid()),
        ["upsert: space in set name"] = c => c.UpsertAsync("con tacts", EntityKey.FromId(Guid.NewGuid()), Body.DeepClone().AsObject()),
        ["query: slash in set name"] = async c => { await foreach (var _ in c.QueryAsync(new DataverseQuery("contacts/x"))) { } },
        ["query: bad select column"] = async c => { await foreach (var _ in c.QueryAsync(new DataverseQuery(SandboxNames.Contacts) { Select = ["lastname;drop"] })) { } },
        ["query: page size 0"] = async c => { await foreach (var _ in c.QueryAsync(new DataverseQuery(SandboxNames.Contacts) { PageSize = 0 })) { } },
        ["retrieve: bad select column"] = c => c.RetrieveAsync(SandboxNames.Contacts, EntityKey.FromId(Guid.NewGuid()), ["last name"]),
        ["action: path in action name"] = c => c.ExecuteActionAsync("WhoAmI/../$batch", null),
        ["bound action: empty id"] = c => c.ExecuteBoundActionAsync("lists", Guid.Empty, "AddMemberList", null),
        ["add member: empty member id"] = c => c.AddMemberListAsync(Guid.NewGuid(), Guid.Empty),
        ["batch: bad set name"] = c => c.ExecuteBatchAsync([BatchOperation.Create("contacts(1)", Body.DeepClone().AsObject())]),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Call_MalformedNameOrId_ThrowsArgumentExceptionBeforeAnyRequest(string caseName)
    {
        // Arrange
        await using var host = await CreateSut();
        host.Sandbox.ClearRequests();

        // Act
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Cases[caseName](host.Client));

        // Assert
        Assert.False(string.IsNullOrEmpty(error.ParamName));
        Assert.Empty(host.Sandbox.Requests);
    }
}
