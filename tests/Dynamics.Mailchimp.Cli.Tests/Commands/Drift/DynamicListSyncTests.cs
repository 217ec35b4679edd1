using System.Text.Json;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Drift;

/// <summary>
/// Issue #12, Show: "a dynamic list 'City = Berlin' becomes a tag; change a contact's city in CRM; sync untags it and
/// tags the new match; drift reports zero afterwards". Both sandboxes over loopback HTTP, the job as the connector's
/// application user, the city changed by a CRM user over the Web API (no plug-in event names the list).
/// </summary>
public sealed class DynamicListSyncTests : IAsyncLifetime
{
    private const string BerlinQuery =
        "<fetch version=\"1.0\" output-format=\"xml-platform\" mapping=\"logical\"><entity name=\"contact\"><attribute name=\"fullname\" />" +
        "<filter type=\"and\"><condition attribute=\"address1_city\" operator=\"eq\" value=\"Berlin\" /></filter></entity></fetch>";

    private DriftSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await DriftSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Sync_ContactMovesOutOfTheDynamicListAndAnotherIn_UntagsAndTagsThenDriftIsZero()
    {
        // Arrange: Ada lives in Berlin, Bob in Paris; the dynamic list maps to the tag named after it.
        var sandboxes = _sandbox.Sandboxes;
        var ada = await sandboxes.CreateContactAsync("Ada", "Lovelace", "ada.lovelace@contoso-coffee.com");
        var bob = await sandboxes.CreateContactAsync("Bob", "Builder", "bob.builder@contoso-coffee.com");
        await sandboxes.UpdateContactAsync(ada, new Dictionary<string, object> { ["address1_city"] = "Berlin" });
        await sandboxes.UpdateContactAsync(bob, new Dictionary<string, object> { ["address1_city"] = "Paris" });
        var berlin = await _sandbox.CreateListAsync("Berlin", BerlinQuery);
        var (firstExit, first) = await sandboxes.RunJsonAsync("sync");
        Assert.True(firstExit == ExitCodes.Success, first.ToString());
        var before = await _sandbox.MembersAsync();
        Assert.Equal("subscribed", before["ada.lovelace@contoso-coffee.com"].Status);
        Assert.Equal(["Berlin"], before["ada.lovelace@contoso-coffee.com"].Tags);
        Assert.False(before.ContainsKey("bob.builder@contoso-coffee.com"));

        // Act: Ada moves to Paris, Bob to Berlin.
        await sandboxes.UpdateContactAsync(ada, new Dictionary<string, object> { ["address1_city"] = "Paris" });
        await sandboxes.UpdateContactAsync(bob, new Dictionary<string, object> { ["address1_city"] = "Berlin" });
        var (exit, json) = await sandboxes.RunJsonAsync("sync");
        var (driftExit, drift) = await sandboxes.RunJsonAsync("drift");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(2, json.GetProperty("reconciled").GetProperty("rowsQueued").GetInt32());
        var after = await _sandbox.MembersAsync();
        Assert.Equal("subscribed", after["ada.lovelace@contoso-coffee.com"].Status);
        Assert.Empty(after["ada.lovelace@contoso-coffee.com"].Tags);
        Assert.Equal("subscribed", after["bob.builder@contoso-coffee.com"].Status);
        Assert.Equal(["Berlin"], after["bob.builder@contoso-coffee.com"].Tags);
        Assert.Equal(ExitCodes.Success, driftExit);
        Assert.All(drift.GetProperty("lists").EnumerateArray(), list => Assert.Equal((0, 0, 0, 0), DriftSandbox.Counts(list)));
        Assert.Equal(1, DriftSandbox.ListOf(drift, berlin).GetProperty("inSync").GetInt32());
    }

    [Fact]
    public async Task Sync_NothingChanged_MakesNoMailchimpWrites()
    {
        // Arrange
        var sandboxes = _sandbox.Sandboxes;
        var ada = await sandboxes.CreateContactAsync("Ada", "Lovelace", "ada.lovelace@contoso-coffee.com");
        await sandboxes.UpdateContactAsync(ada, new Dictionary<string, object> { ["address1_city"] = "Berlin" });
        await _sandbox.CreateListAsync("Berlin", BerlinQuery);
        var (firstExit, first) = await sandboxes.RunJsonAsync("sync");
        Assert.True(firstExit == ExitCodes.Success, first.ToString());
        var writesBefore = sandboxes.Mailchimp.Requests.Count(r => r.Method != "GET");

        // Act
        var (exit, json) = await sandboxes.RunJsonAsync("sync");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(0, json.GetProperty("reconciled").GetProperty("rowsQueued").GetInt32());
        Assert.Equal(writesBefore, sandboxes.Mailchimp.Requests.Count(r => r.Method != "GET"));
    }

    [Fact]
    public async Task Sync_ContactLeavesADynamicListThatArchivesOnExit_IsArchivedWhenNoOtherListHoldsIt()
    {
        // Arrange: "When a Record Leaves" = Archive the member (100000001).
        var sandboxes = _sandbox.Sandboxes;
        var ada = await sandboxes.CreateContactAsync("Ada", "Lovelace", "ada.lovelace@contoso-coffee.com");
        await sandboxes.UpdateContactAsync(ada, new Dictionary<string, object> { ["address1_city"] = "Berlin" });
        await _sandbox.CreateListAsync("Berlin", BerlinQuery, exitAction: 100000001);
        Assert.Equal(ExitCodes.Success, (await sandboxes.RunJsonAsync("sync")).Exit);

        // Act
        await sandboxes.UpdateContactAsync(ada, new Dictionary<string, object> { ["address1_city"] = "Paris" });
        var (exit, json) = await sandboxes.RunJsonAsync("sync");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("pushed").GetProperty("archived").GetInt32());
        Assert.Equal("archived", (await _sandbox.MembersAsync())["ada.lovelace@contoso-coffee.com"].Status);
    }
}
