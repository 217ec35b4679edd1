using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Run;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Status;

/// <summary>Writes queue and state rows straight into the sandbox organization, as an admin would, in any state.</summary>
/// <param name="organization">The sandbox's organization service.</param>
internal sealed class QueueRowWriter(IOrganizationService organization)
{
    private long _sequence = 1;

    public Guid Write(int state, QueueRowKind kind = QueueRowKind.MemberChanged, string? error = null, int attempts = 0, string? name = null)
    {
        var sequence = _sequence++;
        var row = new Entity(TableNames.QueueItem)
        {
            [QueueItemFields.Name] = name ?? $"row {sequence}",
            [QueueItemFields.Kind] = new OptionSetValue(QueueRowKinds.ToOptionValue(kind)),
            [QueueItemFields.State] = new OptionSetValue(state),
            [QueueItemFields.TargetTable] = TableNames.Contact,
            [QueueItemFields.TargetId] = Guid.NewGuid().ToString("D"),
            [QueueItemFields.Attempts] = attempts,
            [QueueItemFields.Sequence] = sequence,
        };
        if (error is not null)
        {
            row[QueueItemFields.LastError] = error;
        }

        return organization.Create(row);
    }

    public void WriteLease(string holder, DateTime expiresOnUtc) => organization.Create(new Entity("dmc_syncstate")
    {
        [ClaimWebApiNames.SyncStateName] = PushRunOptions.LeaseName,
        [ClaimWebApiNames.LeaseOwner] = holder,
        [ClaimWebApiNames.LeaseExpiresOn] = expiresOnUtc,
    });

    public void WriteCheckpoint(string name, string value) => organization.Create(new Entity("dmc_syncstate")
    {
        [ClaimWebApiNames.SyncStateName] = name,
        ["dmc_value"] = value,
    });
}
