using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The <c>RetrieveMultiple</c> message response.</summary>
    public sealed class RetrieveMultipleResponse : OrganizationResponse
    {
        /// <summary>An empty response.</summary>
        public RetrieveMultipleResponse()
        {
            ResponseName = "RetrieveMultiple";
        }

        /// <summary>The <c>EntityCollection</c> result.</summary>
        public EntityCollection EntityCollection => ParameterReader.Get<EntityCollection>(Results, "EntityCollection");
    }
}
