using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The <c>AddMemberList</c> message request.</summary>
    public sealed class AddMemberListRequest : OrganizationRequest
    {
        /// <summary>An empty request.</summary>
        public AddMemberListRequest()
        {
            RequestName = "AddMemberList";
        }

        /// <summary>The <c>ListId</c> parameter.</summary>
        public Guid ListId
        {
            get => ParameterReader.Get<Guid>(Parameters, "ListId");
            set => Parameters["ListId"] = value;
        }

        /// <summary>The <c>EntityId</c> parameter.</summary>
        public Guid EntityId
        {
            get => ParameterReader.Get<Guid>(Parameters, "EntityId");
            set => Parameters["EntityId"] = value;
        }
    }
}
