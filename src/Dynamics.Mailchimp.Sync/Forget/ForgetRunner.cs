using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.MailchimpApi;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>
/// A right-to-erasure request for one address (<c>dmc forget</c>), both ways: the member is deleted permanently in
/// every audience the connector maps (<see cref="MappedAudienceReader"/>, <see cref="MailchimpEraser"/>), then the connector's copies in Dataverse are
/// cleared (<see cref="ErasureReader"/>, <see cref="ErasurePlan"/>, <see cref="ErasureWriter"/>), then one audit row
/// keeping only the address's hash is written (<see cref="ErasureAudit"/>). Idempotent: when nothing is left to erase
/// nothing is written, the audit row included, and the result says so. Never logs or returns the address.
/// </summary>
/// <param name="dataverse">The Dataverse client.</param>
/// <param name="mailchimp">The Mailchimp client.</param>
/// <param name="time">The clock (the records' last changed, the audit row's time).</param>
public sealed class ForgetRunner(IDataverseClient dataverse, IMailchimpClient mailchimp, TimeProvider time)
{
    /// <summary>Erases the address, or (dry run) says what would be erased.</summary>
    /// <param name="address">The address.</param>
    /// <param name="dryRun">Read only.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>One item per audience, row and record, then the audit row.</returns>
    public async Task<ForgetResult> RunAsync(ErasedAddress address, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var audiences = await new MappedAudienceReader(dataverse).ReadAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<ForgetItem>();
        items.AddRange(await new MailchimpEraser(mailchimp).EraseAsync(address, audiences, dryRun, cancellationToken).ConfigureAwait(false));

        var findings = await new ErasureReader(dataverse).ReadAsync(address, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var writes = ErasurePlan.Plan(address, findings, now);
        items.AddRange(await new ErasureWriter(dataverse).WriteAsync(address, writes, dryRun, cancellationToken).ConfigureAwait(false));
        if (items.Any(item => item.Changed))
        {
            items.Add(await WriteAuditAsync(address, items, dryRun, now, cancellationToken).ConfigureAwait(false));
        }

        return new ForgetResult(address.Hash, items, dryRun);
    }

    private async Task<ForgetItem> WriteAuditAsync(ErasedAddress address, IReadOnlyList<ForgetItem> items, bool dryRun, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            return new ForgetItem(ForgetTarget.Audit, address.Hash, ForgetOutcome.WouldChange);
        }

        var answer = (await dataverse.ExecuteBatchAsync([ErasureAudit.Create(address, items, now)], continueOnError: true, cancellationToken).ConfigureAwait(false)).Results[0];
        return answer.Succeeded
            ? new ForgetItem(ForgetTarget.Audit, answer.EntityId?.ToString("D") ?? address.Hash, ForgetOutcome.Written)
            : new ForgetItem(ForgetTarget.Audit, address.Hash, ForgetOutcome.Failed, address.Scrub($"the audit row was not written: {answer.Error?.Code} {answer.Error?.Message}".Trim()));
    }
}
