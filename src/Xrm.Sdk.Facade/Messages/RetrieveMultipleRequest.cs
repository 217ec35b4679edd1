using System;
using Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The <c>RetrieveMultiple</c> message request.</summary>
    public sealed class RetrieveMultipleRequest : OrganizationRequest
    {
        /// <summary>An empty request.</summary>
        public RetrieveMultipleRequest()
        {
            RequestName = "RetrieveMultiple";
        }

        /// <summary>The <c>Query</c> parameter.</summary>
        public QueryBase Query
        {
            get => ParameterReader.Get<QueryBase>(Parameters, "Query");
            set => Parameters["Query"] = value;
        }
    }
}
