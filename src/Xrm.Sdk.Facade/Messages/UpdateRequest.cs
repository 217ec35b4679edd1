using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The <c>Update</c> message request.</summary>
    public sealed class UpdateRequest : OrganizationRequest
    {
        /// <summary>An empty request.</summary>
        public UpdateRequest()
        {
            RequestName = "Update";
        }

        /// <summary>The <c>Target</c> parameter.</summary>
        public Entity Target
        {
            get => ParameterReader.Get<Entity>(Parameters, "Target");
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
