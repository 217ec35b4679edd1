using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// CRM changes as a marketing user makes them: over the Dataverse Web API with the sandbox's admin token, so the real
/// plug-ins run and queue. Each change is recorded with the queue rows it produced.
/// </summary>
public sealed class DemoCrm : IDisposable
{
    private const string ODataType = "@odata.type";
    private readonly DataverseSandbox _sandbox;
    private readonly HttpClient _http;
    private readonly List<DemoChange> _changes = [];

    /// <summary>Initializes a new instance of the <see cref="DemoCrm"/> class.</summary>
    /// <param name="sandbox">The running sandbox.</param>
    public DemoCrm(DataverseSandbox sandbox)
    {
        _sandbox = sandbox;
        _http = sandbox.CreateClient(sandbox.Tokens.AdminToken);
    }

    /// <summary>Gets the changes made so far, in order.</summary>
    public IReadOnlyList<DemoChange> Changes => _changes;

    /// <summary>Gets the queue rows in the organization.</summary>
    public int QueueRows => _sandbox.Organization.Count(TableNames.QueueItem);

    /// <summary>Adds records to a list in one <c>AddListMembersList</c> call.</summary>
    public Task AddMembersAsync(string what, Guid listId, string table, IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        ChangeAsync(what, ids.Count, () => PostAsync("AddListMembersList", Membership(listId, table, ids), cancellationToken));

    /// <summary>Removes records from a list in one <c>RemoveListMembersList</c> call.</summary>
    public Task RemoveMembersAsync(string what, Guid listId, string table, IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        ChangeAsync(what, ids.Count, () => PostAsync("RemoveListMembersList", Membership(listId, table, ids), cancellationToken));

    /// <summary>Updates each record with the columns <paramref name="columns"/> gives it (one PATCH per record, as a form saves).</summary>
    public Task UpdateAsync(string what, string table, IReadOnlyList<Guid> ids, Func<int, Dictionary<string, object?>> columns, CancellationToken cancellationToken) =>
        ChangeAsync(what, ids.Count, async () =>
        {
            for (var i = 0; i < ids.Count; i++)
            {
                using var content = Json(columns(i));
                using var response = await _http.PatchAsync(new Uri($"{EntitySet(table)}({ids[i]})", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
                await EnsureAsync(response, $"PATCH {EntitySet(table)}({ids[i]})", cancellationToken).ConfigureAwait(false);
            }
        });

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static string EntitySet(string table) => table + "s";

    private static Dictionary<string, object?> Membership(Guid listId, string table, IReadOnlyList<Guid> ids) => new()
    {
        ["List"] = new Dictionary<string, object?> { [ODataType] = "Microsoft.Dynamics.CRM.list", [ListFields.ListId] = listId },
        ["Members"] = ids.Select(id => new Dictionary<string, object?> { [ODataType] = "Microsoft.Dynamics.CRM." + table, [table + "id"] = id }).ToArray(),
    };

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The demo is not in the published, natively compiled dmc (DmcJobOnly); it runs on the JIT, where reflection-based serialization works.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The demo is not in the published, natively compiled dmc (DmcJobOnly); it runs on the JIT, where reflection-based serialization works.")]
    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task EnsureAsync(HttpResponseMessage response, string call, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new DemoSetupException($"The Dataverse sandbox refused {call}: {(int)response.StatusCode} {body}");
        }
    }

    private async Task PostAsync(string action, object body, CancellationToken cancellationToken)
    {
        using var content = Json(body);
        using var response = await _http.PostAsync(new Uri(action, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, "POST " + action, cancellationToken).ConfigureAwait(false);
    }

    private async Task ChangeAsync(string what, int records, Func<Task> change)
    {
        var before = QueueRows;
        await change().ConfigureAwait(false);
        _changes.Add(new DemoChange(what, records, QueueRows - before));
    }
}
