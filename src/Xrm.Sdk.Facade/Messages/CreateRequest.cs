using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The <c>Create</c> message request.</summary>
    public sealed class CreateRequest : OrganizationRequest
    {
        /// <summary>An empty request.</summary>
        public CreateRequest()
        {
            RequestName = "Create";
        }

        /// <summary>The <c>Target</c> parameter.</summary>
        public Entity Target
        {
            get => ParameterReader.Get<Entity>(Parameters, "Target");
            set => Parameters["Target"] = value;
        }
    }
}
