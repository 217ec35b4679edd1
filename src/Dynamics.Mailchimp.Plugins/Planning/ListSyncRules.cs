using Dynamics.Mailchimp.Plugins.Names;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>When a marketing list takes part in the sync.</summary>
    public static class ListSyncRules
    {
        private const int ActiveState = 0;

        /// <summary>Sync is enabled and the list is active.</summary>
        public static bool IsSynced(Entity? list) =>
            list != null
            && list.GetAttributeValue<bool>(ListFields.SyncEnabled)
            && (list.GetAttributeValue<OptionSetValue>(ListFields.StateCode)?.Value ?? ActiveState) == ActiveState;
    }
}
