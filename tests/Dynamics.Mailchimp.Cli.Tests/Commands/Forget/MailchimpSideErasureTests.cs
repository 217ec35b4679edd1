using System.Globalization;
using Dynamics.Mailchimp.Cli.Tests.Commands.Pull;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Forget;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Forget;

/// <summary>
/// The other direction: a member erased in Mailchimp itself (delete-permanent there) is never re-added by the push.
/// Mailchimp refuses any write to such an address with 400 Forgotten Email Not Subscribed, "… was permanently deleted and
/// cannot be re-imported …" (recorded in https://github.com/ibericode/mailchimp-for-wordpress/issues/673 and #771;
/// shared/reference/mailchimp.md [M41]); the push counts it as <c>erasedInMailchimp</c>, settles the row Skipped with a
/// reason naming the GDPR erasure (and not the address), and never sends the address again.
/// </summary>
public sealed class MailchimpSideErasureTests : IAsyncLifetime
{
    private const string Yvonne = "yvonne.mckay@contoso-coffee.com";
    private PullSandboxes _sandboxes = null!;

    public async Task InitializeAsync()
    {
        _sandboxes = await PullSandboxes.StartAsync();
        Assert.Equal(ExitCodes.Success, (await _sandboxes.RunJsonAsync("push")).Exit);
        await _sandboxes.DeletePermanentlyAsync(Yvonne);
    }

    public async Task DisposeAsync() => await _sandboxes.DisposeAsync();

    [Fact]
    public async Task Push_MemberErasedInMailchimp_CountedAndRowNamesTheGdprErasure()
    {
        // Arrange
        await _sandboxes.UpdateContactAsync(_sandboxes.Seed.ContactIds[0], new Dictionary<string, object> { ["lastname"] = "McKay-Finch" });

        // Act
        var (exit, json) = await _sandboxes.RunJsonAsync("push");

        // Assert: final, not a failure; the reason names the erasure, the record and the audience, not the address.
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("pushed").GetProperty("erasedInMailchimp").GetInt32());
        Assert.Equal(0, json.GetProperty("pushed").GetProperty("refused").GetInt32());
        Assert.Equal(0, json.GetProperty("failed").GetInt32());
        var row = Assert.Single(_sandboxes.QueueRows(), r => r.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value == QueueItemStates.Skipped);
        var outcome = row.GetAttributeValue<string>(QueueItemFields.Outcome);
        Assert.StartsWith(MailchimpErasureText.Label, outcome, StringComparison.Ordinal);
        Assert.Contains(_sandboxes.Seed.ContactIds[0].ToString("D", CultureInfo.InvariantCulture), outcome, StringComparison.Ordinal);
        Assert.DoesNotContain(Yvonne, outcome, StringComparison.OrdinalIgnoreCase);
        var logged = Assert.Single(_sandboxes.ConsentEvents(_sandboxes.Seed.ContactIds[0]));
        Assert.StartsWith(MailchimpErasureText.Label, logged.GetAttributeValue<string>("dmc_reason"), StringComparison.Ordinal);
        Assert.DoesNotContain(Yvonne, logged.GetAttributeValue<string>("dmc_reason"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Push_NextChangeAfterTheRefusal_SkippedBeforeMailchimpAndNeverRetried()
    {
        // Arrange: the refusal is recorded, then the CRM user edits the contact again.
        var yvonne = _sandboxes.Seed.ContactIds[0];
        await _sandboxes.UpdateContactAsync(yvonne, new Dictionary<string, object> { ["lastname"] = "McKay-Finch" });
        Assert.Equal(ExitCodes.Success, (await _sandboxes.RunJsonAsync("push")).Exit);
        await _sandboxes.UpdateContactAsync(yvonne, new Dictionary<string, object> { ["lastname"] = "McKay" });

        // Act
        var (exit, json) = await _sandboxes.RunJsonAsync("push");
        var (exitAgain, again) = await _sandboxes.RunJsonAsync("push");

        // Assert: decided from the stored Deleted status, so Mailchimp is not asked; no row is left to retry.
        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (exit, exitAgain));
        Assert.Equal(0, json.GetProperty("pushed").GetProperty("erasedInMailchimp").GetInt32());
        Assert.Equal(1, json.GetProperty("skipReasons").GetProperty("DeletedInMailchimp").GetInt32());
        Assert.Equal(0, again.GetProperty("rows").EnumerateObject().Sum(state => state.Value.GetInt32()));
        Assert.DoesNotContain(_sandboxes.QueueRows(), r => r.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value is QueueItemStates.Pending or QueueItemStates.Failed);
        Assert.DoesNotContain(Yvonne, (await _sandboxes.MembersAsync()).Keys);
    }
}
