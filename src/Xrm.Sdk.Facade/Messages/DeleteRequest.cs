using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The <c>Delete</c> message request.</summary>
    public sealed class DeleteRequest : OrganizationRequest
    {
        /// <summary>An empty request.</summary>
        public DeleteRequest()
        {
            RequestName = "Delete";
        }

        /// <summary>The <c>Target</c> parameter.</summary>
        public EntityReference Target
        {
            get => ParameterReader.Get<EntityReference>(Parameters, "Target");
            set => Parameters["Target"] = value;
        }

        /// <summary>The <c>ConcurrencyBehavior</c> parameter.</summary>
        public ConcurrencyBehavior ConcurrencyBehavior
        {
            get => ParameterReader.Get<ConcurrencyBehavior>(Parameters, "ConcurrencyBehavior");
            set => Parameters["ConcurrencyBehavior"] = value;
        }
    }
}
