using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The <c>AddMemberList</c> message response.</summary>
    public sealed class AddMemberListResponse : OrganizationResponse
    {
        /// <summary>An empty response.</summary>
        public AddMemberListResponse()
        {
            ResponseName = "AddMemberList";
        }

        /// <summary>The <c>Id</c> result.</summary>
        public Guid Id => ParameterReader.Get<Guid>(Results, "Id");
    }
}
