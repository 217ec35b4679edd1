using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Push;

/// <summary>
/// <c>dmc push</c> end to end against both sandboxes over loopback HTTP: CRM changes made over the Web API are queued
/// by the real plug-ins, and the job drains them to Mailchimp and records the outcome.
/// </summary>
public sealed class PushCommandTests : IAsyncLifetime
{
    private MailchimpSandbox _mailchimp = null!;
    private DataverseSandbox _dataverse = null!;
    private SeedResult _seed = null!;

    public async Task InitializeAsync()
    {
        _mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), CancellationToken.None);
        _dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), CancellationToken.None);
        _seed = SandboxSeed.Apply(_dataverse);
    }

    public async Task DisposeAsync()
    {
        await _dataverse.DisposeAsync();
        await _mailchimp.DisposeAsync();
    }

    [Fact]
    public async Task Push_SeededListMembers_AreSubscribedInMailchimpAndTheirRowsDone()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, ["push", "--json", .. Flags()]);

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(2, json.RootElement.GetProperty("pushed").GetProperty("upserted").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("failed").GetInt32());
        Assert.True(json.RootElement.GetProperty("calls").GetProperty("mailchimp").GetInt32() > 0);
        var members = await MembersAsync();
        Assert.Equal(["susanna.stubberod@contoso-coffee.com", "yvonne.mckay@contoso-coffee.com"], members.Keys.Order(StringComparer.Ordinal));
        Assert.All(members.Values, status => Assert.Equal("subscribed", status));
        Assert.Empty(QueueRows(QueueItemStates.Pending));
        Assert.All(_seed.ContactIds.Take(2), id => Assert.NotNull(Contact(id).GetAttributeValue<string>(MemberFields.MailchimpMemberId)));
    }

    [Fact]
    public async Task Push_Twice_SecondRunFindsNothingBecauseTheJobsOwnWritesAreNotQueued()
    {
        // Arrange
        var (console, output) = TestConsole.Create();
        await DmcCli.RunAsync(console, ["push", .. Flags()]);
        var queued = _dataverse.Organization.Count(TableNames.QueueItem);
        var (console2, output2) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console2, ["push", "--json", .. Flags()]);

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(queued, _dataverse.Organization.Count(TableNames.QueueItem));
        using var json = JsonDocument.Parse(output2.ToString());
        Assert.Equal(0, json.RootElement.GetProperty("pushed").GetProperty("upserted").GetInt32());
    }

    [Fact]
    public async Task Push_MemberRemovedFromTheListInDynamics_IsArchivedInMailchimp()
    {
        // Arrange
        var (console, _) = TestConsole.Create();
        await DmcCli.RunAsync(console, ["push", .. Flags()]);
        using var admin = _dataverse.CreateClient(_dataverse.Tokens.AdminToken);
        var body = $$"""{"List":{"@odata.type":"Microsoft.Dynamics.CRM.list","listid":"{{_seed.ListId}}"},"Members":[{"@odata.type":"Microsoft.Dynamics.CRM.contact","contactid":"{{_seed.ContactIds[0]}}"}]}""";
        using var removed = await admin.PostAsync("RemoveListMembersList", new StringContent(body, Encoding.UTF8, "application/json"));
        removed.EnsureSuccessStatusCode();
        var (console2, output2) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console2, ["push", "--json", .. Flags()]);

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output2.ToString());
        Assert.Equal(1, json.RootElement.GetProperty("pushed").GetProperty("archived").GetInt32());
        var members = await MembersAsync();
        Assert.Equal("archived", members["yvonne.mckay@contoso-coffee.com"]);
        Assert.Equal("subscribed", members["susanna.stubberod@contoso-coffee.com"]);
    }

    [Fact]
    public async Task Push_DryRun_WritesNothingAnywhere()
    {
        // Arrange
        var (console, output) = TestConsole.Create();
        var pending = QueueRows(QueueItemStates.Pending).Count;

        // Act
        var exit = await DmcCli.RunAsync(console, ["push", "--dry-run", "--json", .. Flags()]);

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(2, json.RootElement.GetProperty("pushed").GetProperty("planned").GetInt32());
        Assert.Empty(await MembersAsync());
        Assert.Equal(pending, QueueRows(QueueItemStates.Pending).Count);
    }

    private string[] Flags() =>
    [
        "--mailchimp-url", _mailchimp.BaseAddress.ToString(), "--mailchimp-key", _mailchimp.ApiKey,
        "--dataverse-url", _dataverse.BaseAddress.ToString(), "--dataverse-token", _dataverse.Tokens.ConnectorToken,
    ];

    private Entity Contact(Guid id) => _dataverse.Organization.Rows(TableNames.Contact).Single(c => c.Id == id);

    private List<Entity> QueueRows(int state) =>
        _dataverse.Organization.Rows(TableNames.QueueItem).Where(r => r.GetAttributeValue<OptionSetValue>(QueueItemFields.State)?.Value == state).ToList();

    private async Task<Dictionary<string, string>> MembersAsync()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_mailchimp.BaseAddress, $"lists/{MailchimpSandboxDefaults.AudienceId}/members?count=1000"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("any:" + _mailchimp.ApiKey)));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("members").EnumerateArray()
            .ToDictionary(m => m.GetProperty("email_address").GetString()!, m => m.GetProperty("status").GetString()!, StringComparer.Ordinal);
    }
}
