/** The one password of every demo account (demo mode only; shown on the login page). */
export const DEMO_PASSWORD = 'netwerkkaart-demo';
export const DEMO_DOMAIN = 'demo.netwerkkaart.be';
