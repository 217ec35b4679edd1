using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The <c>Delete</c> message response.</summary>
    public sealed class DeleteResponse : OrganizationResponse
    {
        /// <summary>An empty response.</summary>
        public DeleteResponse()
        {
            ResponseName = "Delete";
        }
    }
}
