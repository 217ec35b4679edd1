using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The <c>Create</c> message response.</summary>
    public sealed class CreateResponse : OrganizationResponse
    {
        /// <summary>An empty response.</summary>
        public CreateResponse()
        {
            ResponseName = "Create";
        }

        /// <summary>The <c>id</c> result.</summary>
        public Guid id => ParameterReader.Get<Guid>(Results, "id");
    }
}
