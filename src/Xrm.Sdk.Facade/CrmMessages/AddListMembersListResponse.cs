using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The <c>AddListMembersList</c> message response.</summary>
    public sealed class AddListMembersListResponse : OrganizationResponse
    {
        /// <summary>An empty response.</summary>
        public AddListMembersListResponse()
        {
            ResponseName = "AddListMembersList";
        }
    }
}
