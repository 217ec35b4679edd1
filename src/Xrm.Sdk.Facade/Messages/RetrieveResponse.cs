using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The <c>Retrieve</c> message response.</summary>
    public sealed class RetrieveResponse : OrganizationResponse
    {
        /// <summary>An empty response.</summary>
        public RetrieveResponse()
        {
            ResponseName = "Retrieve";
        }

        /// <summary>The <c>Entity</c> result.</summary>
        public Entity Entity => ParameterReader.Get<Entity>(Results, "Entity");
    }
}
