using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Drift;

/// <summary>
/// Issue #12, Show: "a membership added by a message without a plug-in step is found by drift and fixed by sync --full",
/// and reconciliation of each unregistered message the sandbox serves: CopyMembersList (adds) and QualifyMemberList
/// (override removes). No plug-in step is registered on either (PluginRegistration/plugin-steps.json), so no queue row
/// tells the job; the drift report finds the difference and <c>sync --full</c> queues and pushes the correction.
/// </summary>
public sealed class UnregisteredMessageTests : IAsyncLifetime
{
    private const string Nancy = "nancy.anderson@contoso-coffee.com";
    private const string Yvonne = "yvonne.mckay@contoso-coffee.com";

    private DriftSandbox _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await DriftSandbox.StartAsync();
        var (exit, json) = await _sandbox.Sandboxes.RunJsonAsync("sync");
        Assert.True(exit == ExitCodes.Success, json.ToString());
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task CopyMembersList_IntoTheSyncedAudienceList_DriftFindsItAndSyncFullAddsIt()
    {
        // Arrange: Nancy is in an unsynced list; its members are copied into the seeded synced audience list.
        var sandboxes = _sandbox.Sandboxes;
        var newsletter = sandboxes.Seed.ListId;
        var source = await _sandbox.CreateListAsync("Trade fair visitors");
        await SetSyncAsync(source, enabled: false);
        await _sandbox.AddMembersAsync(source, sandboxes.Seed.ContactIds[2]);
        var rowsBefore = sandboxes.QueueRows().Count;

        // Act
        await _sandbox.CallListActionAsync(source, "CopyMembersList", "{\"TargetList\":{\"@odata.type\":\"Microsoft.Dynamics.CRM.list\",\"listid\":\"" + newsletter + "\"}}");
        var rowsAfterCopy = sandboxes.QueueRows().Count;
        var (_, found) = await sandboxes.RunJsonAsync("drift");
        var (plainExit, _) = await sandboxes.RunJsonAsync("sync");
        var afterPlainSync = await _sandbox.MembersAsync();
        var (fullExit, full) = await sandboxes.RunJsonAsync("sync", "--full");
        var (_, after) = await sandboxes.RunJsonAsync("drift");

        // Assert
        Assert.True(sandboxes.IsInList(newsletter, sandboxes.Seed.ContactIds[2]));
        Assert.Equal(rowsBefore, rowsAfterCopy);
        var list = DriftSandbox.ListOf(found, newsletter);
        Assert.Equal((1, 0, 0, 0), DriftSandbox.Counts(list));
        Assert.Equal(Nancy, list.GetProperty("samples")[0].GetProperty("email").GetString());
        Assert.Equal(ExitCodes.Success, plainExit);
        Assert.False(afterPlainSync.ContainsKey(Nancy), "a scheduled reconciliation does not push members the connector never sent");
        Assert.Equal(ExitCodes.Success, fullExit);
        Assert.True(full.GetProperty("reconciled").GetProperty("rowsQueued").GetInt32() >= 1);
        Assert.Equal("subscribed", (await _sandbox.MembersAsync())[Nancy].Status);
        Assert.All(after.GetProperty("lists").EnumerateArray(), l => Assert.Equal((0, 0, 0, 0), DriftSandbox.Counts(l)));
    }

    [Fact]
    public async Task QualifyMemberList_OverrideOnASyncedTagList_DriftFindsTheRemovalAndSyncFullUntags()
    {
        // Arrange: Yvonne and Nancy are in a synced tag list and tagged in Mailchimp.
        var sandboxes = _sandbox.Sandboxes;
        var vip = await _sandbox.CreateListAsync("VIP", mappingType: DriftSandbox.TagMapping, tagName: "VIP");
        await _sandbox.AddMembersAsync(vip, sandboxes.Seed.ContactIds[0], sandboxes.Seed.ContactIds[2]);
        Assert.Equal(ExitCodes.Success, (await sandboxes.RunJsonAsync("sync")).Exit);
        Assert.Equal(["VIP"], (await _sandbox.MembersAsync())[Nancy].Tags);

        // Act: "Manage Members" keeps Yvonne only; no plug-in step sees Nancy leave.
        await _sandbox.CallListActionAsync(vip, "QualifyMemberList", "{\"ListMember\":[{\"@odata.type\":\"Microsoft.Dynamics.CRM.contact\",\"contactid\":\"" + sandboxes.Seed.ContactIds[0] + "\"}],\"OverrideorRemove\":true}");
        var (_, found) = await sandboxes.RunJsonAsync("drift");
        var (fullExit, _) = await sandboxes.RunJsonAsync("sync", "--full");
        var (_, after) = await sandboxes.RunJsonAsync("drift");

        // Assert
        Assert.False(sandboxes.IsInList(vip, sandboxes.Seed.ContactIds[2]));
        Assert.Equal((0, 1, 0, 0), DriftSandbox.Counts(DriftSandbox.ListOf(found, vip)));
        Assert.Equal(ExitCodes.Success, fullExit);
        var members = await _sandbox.MembersAsync();
        Assert.Equal("subscribed", members[Nancy].Status);
        Assert.Empty(members[Nancy].Tags);
        Assert.Equal(["VIP"], members[Yvonne].Tags);
        Assert.All(after.GetProperty("lists").EnumerateArray(), l => Assert.Equal((0, 0, 0, 0), DriftSandbox.Counts(l)));
    }

    [Fact]
    public async Task AddMembersByFetchXmlList_IntoTheSyncedAudienceList_DriftFindsItAndSyncFullAddsIt()
    {
        // Arrange: the query returns Nancy, who is in no synced list.
        var sandboxes = _sandbox.Sandboxes;
        var newsletter = sandboxes.Seed.ListId;
        var rowsBefore = sandboxes.QueueRows().Count;
        const string Fetch = "<fetch><entity name='contact'><attribute name='contactid'/><filter><condition attribute='lastname' operator='eq' value='Anderson'/></filter></entity></fetch>";

        // Act
        await _sandbox.CallListActionAsync(newsletter, "AddMembersByFetchXmlList", JsonSerializer.Serialize(new { FetchXml = Fetch }));
        var rowsAfter = sandboxes.QueueRows().Count;
        var (_, found) = await sandboxes.RunJsonAsync("drift");
        var (fullExit, _) = await sandboxes.RunJsonAsync("sync", "--full");
        var (_, after) = await sandboxes.RunJsonAsync("drift");

        // Assert: no plug-in step saw it; drift does, and sync --full sends her.
        Assert.True(sandboxes.IsInList(newsletter, sandboxes.Seed.ContactIds[2]));
        Assert.Equal(rowsBefore, rowsAfter);
        Assert.Equal((1, 0, 0, 0), DriftSandbox.Counts(DriftSandbox.ListOf(found, newsletter)));
        Assert.Equal(ExitCodes.Success, fullExit);
        Assert.Equal("subscribed", (await _sandbox.MembersAsync())[Nancy].Status);
        Assert.All(after.GetProperty("lists").EnumerateArray(), l => Assert.Equal((0, 0, 0, 0), DriftSandbox.Counts(l)));
    }

    [Fact]
    public async Task RemoveMembersByFetchXmlList_OnASyncedTagList_DriftFindsTheRemovalAndSyncFullUntags()
    {
        // Arrange: Yvonne and Nancy are in a synced tag list and tagged in Mailchimp.
        var sandboxes = _sandbox.Sandboxes;
        var vip = await _sandbox.CreateListAsync("VIP", mappingType: DriftSandbox.TagMapping, tagName: "VIP");
        await _sandbox.AddMembersAsync(vip, sandboxes.Seed.ContactIds[0], sandboxes.Seed.ContactIds[2]);
        Assert.Equal(ExitCodes.Success, (await sandboxes.RunJsonAsync("sync")).Exit);
        const string Fetch = "<fetch><entity name='contact'><attribute name='contactid'/><filter><condition attribute='lastname' operator='eq' value='Anderson'/></filter></entity></fetch>";

        // Act: the query's members (Nancy) are removed; no plug-in step sees it.
        await _sandbox.CallListActionAsync(vip, "RemoveMembersByFetchXmlList", JsonSerializer.Serialize(new { FetchXml = Fetch, KeepReturned = false }));
        var (_, found) = await sandboxes.RunJsonAsync("drift");
        var (fullExit, _) = await sandboxes.RunJsonAsync("sync", "--full");
        var (_, after) = await sandboxes.RunJsonAsync("drift");

        // Assert
        Assert.False(sandboxes.IsInList(vip, sandboxes.Seed.ContactIds[2]));
        Assert.Equal((0, 1, 0, 0), DriftSandbox.Counts(DriftSandbox.ListOf(found, vip)));
        Assert.Equal(ExitCodes.Success, fullExit);
        var members = await _sandbox.MembersAsync();
        Assert.Empty(members[Nancy].Tags);
        Assert.Equal(["VIP"], members[Yvonne].Tags);
        Assert.All(after.GetProperty("lists").EnumerateArray(), l => Assert.Equal((0, 0, 0, 0), DriftSandbox.Counts(l)));
    }

    private async Task SetSyncAsync(Guid list, bool enabled)
    {
        using var admin = _sandbox.Sandboxes.Dataverse.CreateClient(_sandbox.Sandboxes.Dataverse.Tokens.AdminToken);
        using var content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, object> { [ListFields.SyncEnabled] = enabled }), System.Text.Encoding.UTF8, "application/json");
        using var response = await admin.PatchAsync($"lists({list:D})", content);
        response.EnsureSuccessStatusCode();
    }
}
