using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>The <c>WhoAmI</c> message response.</summary>
    public sealed class WhoAmIResponse : OrganizationResponse
    {
        /// <summary>An empty response.</summary>
        public WhoAmIResponse()
        {
            ResponseName = "WhoAmI";
        }

        /// <summary>The <c>BusinessUnitId</c> result.</summary>
        public Guid BusinessUnitId => ParameterReader.Get<Guid>(Results, "BusinessUnitId");

        /// <summary>The <c>OrganizationId</c> result.</summary>
        public Guid OrganizationId => ParameterReader.Get<Guid>(Results, "OrganizationId");

        /// <summary>The <c>UserId</c> result.</summary>
        public Guid UserId => ParameterReader.Get<Guid>(Results, "UserId");
    }
}
