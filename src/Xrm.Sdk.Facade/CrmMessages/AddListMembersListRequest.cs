using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The <c>AddListMembersList</c> message request.</summary>
    public sealed class AddListMembersListRequest : OrganizationRequest
    {
        /// <summary>An empty request.</summary>
        public AddListMembersListRequest()
        {
            RequestName = "AddListMembersList";
        }

        /// <summary>The <c>ListId</c> parameter.</summary>
        public Guid ListId
        {
            get => ParameterReader.Get<Guid>(Parameters, "ListId");
            set => Parameters["ListId"] = value;
        }

        /// <summary>The <c>MemberIds</c> parameter.</summary>
        public Guid[] MemberIds
        {
            get => ParameterReader.Get<Guid[]>(Parameters, "MemberIds");
            set => Parameters["MemberIds"] = value;
        }
    }
}
