using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The <c>Update</c> message response.</summary>
    public sealed class UpdateResponse : OrganizationResponse
    {
        /// <summary>An empty response.</summary>
        public UpdateResponse()
        {
            ResponseName = "Update";
        }
    }
}
