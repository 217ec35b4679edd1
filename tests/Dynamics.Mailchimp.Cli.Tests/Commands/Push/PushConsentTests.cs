using Dynamics.Mailchimp.Cli.Tests.Commands.Pull;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Plugins.Names;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Push;

/// <summary>
/// Over HTTP against both sandboxes: the push logs the consent changes it carries from the CRM (issue #10: "every consent
/// change the job makes, in either direction, is also written as a consent event row … source (Mailchimp, CRM)"), and a
/// member Mailchimp erased with delete-permanent is refused for good: 400 <c>{"title":"Forgotten Email Not Subscribed",
/// "status":400,"detail":"&lt;email&gt; was permanently deleted and cannot be re-imported. The contact must re-subscribe to
/// get back on the list.","instance":"…"}</c>, recorded in real traffic in https://github.com/ibericode/mailchimp-for-wordpress/issues/771
/// (and #666, #673; shared/reference/mailchimp.md [M41]). Stored as Deleted, never retried.
/// </summary>
public sealed class PushConsentTests : IAsyncLifetime
{
    private const int SourceCrm = 100000001;
    private const int Deleted = 100000006;
    private const string Email = "yvonne.mckay@contoso-coffee.com";
    private PullSandboxes _sandboxes = null!;

    public async Task InitializeAsync() => _sandboxes = await PullSandboxes.StartAsync();

    public async Task DisposeAsync() => await _sandboxes.DisposeAsync();

    [Fact]
    public async Task Push_CrmOptOut_UnsubscribesAndLogsOneCrmEventEvenWhenPushedAgain()
    {
        // Arrange
        var yvonne = _sandboxes.Seed.ContactIds[0];
        Assert.Equal(ExitCodes.Success, (await _sandboxes.RunJsonAsync("push")).Exit);
        await _sandboxes.UpdateContactAsync(yvonne, new Dictionary<string, object> { ["donotbulkemail"] = true });

        // Act
        var (exit, first) = await _sandboxes.RunJsonAsync("push");
        var (again, second) = await _sandboxes.RunJsonAsync("push");

        // Assert
        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (exit, again));
        Assert.Equal((1, 0), (first.GetProperty("consentEvents").GetInt32(), second.GetProperty("consentEvents").GetInt32()));
        Assert.Equal("unsubscribed", (await _sandboxes.MembersAsync())[Email]);
        var logged = Assert.Single(_sandboxes.ConsentEvents(yvonne));
        Assert.Equal(SourceCrm, logged.GetAttributeValue<OptionSetValue>("dmc_source").Value);
        Assert.Equal(("subscribed", "unsubscribed"), (logged.GetAttributeValue<string>("dmc_oldvalue"), logged.GetAttributeValue<string>("dmc_newvalue")));
        Assert.Contains("opted out in Dynamics", logged.GetAttributeValue<string>("dmc_reason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_MemberDeletedPermanently_RowSkippedStatusDeletedAndTheNextChangeIsNotSent()
    {
        // Arrange: pushed, then erased in Mailchimp; a CRM user then edits the contact twice.
        var yvonne = _sandboxes.Seed.ContactIds[0];
        Assert.Equal(ExitCodes.Success, (await _sandboxes.RunJsonAsync("push")).Exit);
        await _sandboxes.DeletePermanentlyAsync(Email);
        await _sandboxes.UpdateContactAsync(yvonne, new Dictionary<string, object> { ["lastname"] = "McKay-Finch" });

        // Act
        var (exit, _) = await _sandboxes.RunJsonAsync("push");
        var afterFirst = _sandboxes.QueueRows().Select(r => r.Id).ToHashSet();
        await _sandboxes.UpdateContactAsync(yvonne, new Dictionary<string, object> { ["lastname"] = "McKay" });
        var (exit2, _) = await _sandboxes.RunJsonAsync("push");

        // Assert: the refusal is final (Skipped, not Failed), the status reads Deleted, and the next change is skipped before Mailchimp.
        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (exit, exit2));
        Assert.Equal(Deleted, _sandboxes.Contact(yvonne).GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus).Value);
        var rows = _sandboxes.QueueRows().Where(r => r.GetAttributeValue<string>(QueueItemFields.Outcome)?.Contains("permanently deleted", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(QueueItemStates.Skipped, r.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value));
        Assert.Contains(rows, r => !afterFirst.Contains(r.Id) && r.GetAttributeValue<string>(QueueItemFields.Outcome).StartsWith("DeletedInMailchimp", StringComparison.Ordinal));
        var logged = Assert.Single(_sandboxes.ConsentEvents(yvonne));
        Assert.Equal("deleted", logged.GetAttributeValue<string>("dmc_newvalue"));
        Assert.DoesNotContain(Email, (await _sandboxes.MembersAsync()).Keys);
    }
}
