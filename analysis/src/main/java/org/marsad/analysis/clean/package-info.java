/** Taking boilerplate (brand lines, share prompts, related links, copyright) out of an article body. */
package org.marsad.analysis.clean;
