package entity

// Unshout exposes unshout to the external tests.
var Unshout = unshout
