using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The <c>WhoAmI</c> message request.</summary>
    public sealed class WhoAmIRequest : OrganizationRequest
    {
        /// <summary>An empty request.</summary>
        public WhoAmIRequest()
        {
            RequestName = "WhoAmI";
        }
    }
}
