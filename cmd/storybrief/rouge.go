package main

import (
	"context"
	"errors"
)

// runRouge is replaced by the rouge work (issue 3).
func runRouge(ctx context.Context, e *env, args []string) error {
	return errors.New("not built yet")
}
