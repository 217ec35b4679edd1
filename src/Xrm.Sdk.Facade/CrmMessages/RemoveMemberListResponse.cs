using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The <c>RemoveMemberList</c> message response.</summary>
    public sealed class RemoveMemberListResponse : OrganizationResponse
    {
        /// <summary>An empty response.</summary>
        public RemoveMemberListResponse()
        {
            ResponseName = "RemoveMemberList";
        }
    }
}
