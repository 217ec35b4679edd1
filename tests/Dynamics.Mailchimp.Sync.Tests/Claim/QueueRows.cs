using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Claim;

/// <summary>Hand-made queue rows written straight into the sandbox's organization (no request recorded).</summary>
internal static class QueueRows
{
    /// <summary>Deletes every queue row (the seed's included).</summary>
    public static void Clear(DataverseSandbox sandbox)
    {
        var service = sandbox.Organization.CreateService();
        foreach (var row in sandbox.Organization.Rows(TableNames.QueueItem))
        {
            service.Delete(TableNames.QueueItem, row.Id);
        }
    }

    /// <summary>Adds a MemberChanged row for a contact; <paramref name="configure"/> changes columns.</summary>
    public static Guid Add(DataverseSandbox sandbox, int state, long sequence, int attempts = 0, Action<Entity>? configure = null)
    {
        var row = new Entity(TableNames.QueueItem)
        {
            [QueueItemFields.Name] = "hand-made " + sequence,
            [QueueItemFields.Kind] = new OptionSetValue(QueueItemKinds.MemberChanged),
            [QueueItemFields.State] = new OptionSetValue(state),
            [QueueItemFields.TargetTable] = TableNames.Contact,
            [QueueItemFields.TargetId] = Guid.NewGuid().ToString("D"),
            [QueueItemFields.Email] = "ada.lovelace@contoso.com",
            [QueueItemFields.Sequence] = sequence,
            [QueueItemFields.Attempts] = attempts,
        };
        configure?.Invoke(row);
        return sandbox.Organization.CreateService().Create(row);
    }
}
